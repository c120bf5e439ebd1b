// What the wizard e2e tests expect, read from the same sources the site is built from: each wizard's machine
// (through wizardGraph and xstate/graph) and the locale files, so the tests follow the model, not a click list.
import { readFileSync } from 'node:fs';
import { createActor, type AnyStateMachine } from 'xstate';
import { stepDepths, wizardGraph, type WizardGraph, type WizardStep } from '../../src/wizards/wizard-graph.ts';
import { lineText, summaryLines, summaryText } from '../../src/wizards/handover-summary.ts';

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

  /** "Step N" as the build writes it: the fewest choices from the start to the step, plus one. */
  stepOf(id: string): string {
    const depth = stepDepths(this.graph).get(id);
    if (depth === undefined) throw new Error(`Wizard "${this.graph.id}": step "${id}" is not reachable`);
    return this.stepNumber(depth + 1);
  }

  /** "Step N" for a number the test works out itself (the running wizard counts the reader's own steps). */
  stepNumber(n: number): string {
    return wizardText(this.code, 'common.stepOf', { n });
  }

  /** The label of the option that sends this event from this step. */
  label(from: string, event: string): string {
    const option = getStep(this.graph, from).options.find((o) => o.event === event);
    if (!option) throw new Error(`Step "${from}" of ${this.graph.id} has no option for "${event}"`);
    return wizardText(this.code, option.labelKey);
  }

  common(key: string, values: Record<string, string | number> = {}): string {
    return wizardText(this.code, `common.${key}`, values);
  }

  /** The steps where the troubleshooter hands the reader over to Client Services (and the page shows how). */
  get handovers(): string[] {
    return this.graph.steps.filter((s) => s.outcome === 'escalate').map((s) => s.id);
  }

  /**
   * The hand-off summary a run through these events should show, in this model's language or another: its lines as
   * the page lists them, and the plain text it copies. Built from the string files, not from the page.
   */
  handoverSummary(events: string[], code = this.code): { lines: string[]; text: string } {
    const states = this.statesFor(events);
    const path = states.map((step, i) => (events[i] ? { step, event: events[i] } : { step }));
    const other = new WizardModel(this.machine, code);
    const labels = {
      title: (step: string) => other.stepTitle(step),
      option: (s: string, e: string) => other.label(s, e),
    };
    const lines = summaryLines(path, labels);
    const heading = wizardText(code, 'common.summary.heading', { title: other.title });
    const ended = wizardText(code, 'common.summary.ended', { title: other.stepTitle(states.at(-1)!) });
    return { lines: lines.map(lineText), text: summaryText(heading, lines, ended) };
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
