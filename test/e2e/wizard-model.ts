// What the wizard e2e tests expect, read from the same sources the site is built from: each wizard's machine
// (through wizardGraph and xstate/graph) and the locale files, so the tests follow the model, not a click list.
import { readFileSync } from 'node:fs';
import { createActor, type AnyStateMachine } from 'xstate';
import { stepDepths, wizardGraph, type WizardGraph, type WizardStep } from '../../src/wizards/wizard-graph.ts';

type Strings = { [key: string]: string | Strings };

const files = new Map<string, Strings>();

function strings(code: string): Strings {
  let found = files.get(code);
  if (!found) {
    const url = new URL(`../../content/locales/${code}/wizards.json`, import.meta.url);
    found = JSON.parse(readFileSync(url, 'utf8')) as Strings;
    files.set(code, found);
  }
  return found;
}

/** A wizards.json string as the page shows it: placeholders filled, **bold** markers gone. */
export function wizardText(code: string, key: string, values: Record<string, string | number> = {}): string {
  let node: string | Strings | undefined = strings(code);
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No string "${key}" in ${code}/wizards.json`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? '')).replace(/\*\*/g, '');
}

/** The step with this id; throws on an id the wizard does not have. */
export function getStep(graph: WizardGraph, id: string): WizardStep {
  const step = graph.steps.find((s) => s.id === id);
  if (!step) throw new Error(`Wizard "${graph.id}" has no step "${id}"`);
  return step;
}

/** One wizard in one locale, with the questions a test asks about its steps. */
export class WizardModel {
  readonly machine: AnyStateMachine;
  readonly code: string;
  readonly graph: WizardGraph;

  constructor(machine: AnyStateMachine, code: string) {
    this.machine = machine;
    this.code = code;
    this.graph = wizardGraph(machine);
  }

  get url(): string {
    return `/${this.code}/wizards/${this.graph.id}/`;
  }

  get title(): string {
    return wizardText(this.code, `${this.graph.textKey}.title`);
  }

  get summary(): string {
    return wizardText(this.code, `${this.graph.textKey}.summary`);
  }

  stepTitle(id: string): string {
    return wizardText(this.code, getStep(this.graph, id).titleKey);
  }

  /** "Step N": the fewest choices from the start to the step, plus one. */
  stepOf(id: string): string {
    const depth = stepDepths(this.graph).get(id);
    if (depth === undefined) throw new Error(`Wizard "${this.graph.id}": step "${id}" is not reachable`);
    return wizardText(this.code, 'common.stepOf', { n: depth + 1 });
  }

  /** The label of the option that sends this event from this step. */
  label(from: string, event: string): string {
    const option = getStep(this.graph, from).options.find((o) => o.event === event);
    if (!option) throw new Error(`Step "${from}" of ${this.graph.id} has no option for "${event}"`);
    return wizardText(this.code, option.labelKey);
  }

  common(key: string): string {
    return wizardText(this.code, `common.${key}`);
  }

  /** The states a run of the machine passes through for these events, starting state first. */
  statesFor(events: string[]): string[] {
    const actor = createActor(this.machine).start();
    const states = [String(actor.getSnapshot().value)];
    for (const type of events) {
      actor.send({ type });
      states.push(String(actor.getSnapshot().value));
    }
    actor.stop();
    return states;
  }
}
