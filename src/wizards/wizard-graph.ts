// Derives a wizard's plain-data graph (steps, options, targets, text keys) from its machine's config, so the page,
// the no-JavaScript fallback, the browser element and the tests all read the one source of truth.
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import {
  commonLabelKeys,
  solvedQuestionKey,
  type StepKind,
  type WizardEmbed,
  type WizardOutcome,
  type WizardStateMeta,
} from './wizard-types.ts';
import { wizardTextKey } from './troubleshooter.ts';

export interface WizardOption {
  /** The machine event this option sends, e.g. `answer.ios` or `step.done`. */
  event: string;
  /** The id of the step it leads to. */
  target: string;
  labelKey: string;
}

export interface WizardStep {
  /** The state key: stable, kebab case, used as URL hash and HTML id. */
  id: string;
  kind: StepKind;
  /** Base text key; the title and body keys below hang off it. */
  textKey: string;
  titleKey: string;
  bodyKey: string;
  /** Outcomes only: the "Did this solve your problem?" key shown above the yes/no options. */
  questionKey?: string;
  embed?: WizardEmbed;
  /** The shared live practice card stands beside this step. */
  practice?: true;
  /** End steps only: how it closes the conversation (every end has one). */
  outcome?: WizardOutcome;
  picker?: 'platform';
  /** In the machine config's order; empty for end steps. */
  options: WizardOption[];
}

export interface WizardGraph {
  /** The machine id, which is the wizard id. */
  id: string;
  /** Base key of the wizard's own `title` and `summary`. */
  textKey: string;
  initial: string;
  /** In the machine config's order (the initial step first). */
  steps: WizardStep[];
}

const stepKinds: readonly StepKind[] = ['question', 'step', 'outcome', 'end'];
const outcomes: readonly WizardOutcome[] = ['solved', 'escalate', 'handoff'];
const kebabCase = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const camelCase = /^[a-z][a-zA-Z0-9]*$/;

/** The graph of a flat wizard machine; throws on anything the page could not render faithfully. */
export function wizardGraph(machine: AnyStateMachine): WizardGraph {
  const root: AnyStateNode = machine.root;
  const fail = (message: string): never => {
    throw new Error(`Wizard "${machine.id}": ${message}`);
  };
  if (!kebabCase.test(machine.id)) fail('the machine id must be kebab case');
  const initial = root.initial.target[0]?.key ?? fail('no initial state');

  const steps = Object.entries(root.states as Record<string, AnyStateNode>).map(([id, node]): WizardStep => {
    const where = (message: string): never => fail(`state "${id}": ${message}`);
    if (!kebabCase.test(id)) where('state keys must be kebab case (they become URL hashes)');
    if (node.type !== 'atomic' && node.type !== 'final') {
      where(`${node.type} states are not supported (wizards are flat)`);
    }
    // Hidden transitions would make the page disagree with the machine.
    if ((node.always?.length ?? 0) > 0 || node.after.length > 0 || node.invoke.length > 0) {
      where('always, after and invoke are not supported');
    }
    const meta = checkMeta(node.meta, where);
    const textKey = meta.text ?? `${wizardTextKey(machine.id)}.${wizardTextKey(id)}`;
    if ((meta.kind === 'end') !== (node.type === 'final')) where('kind "end" and type "final" go together');

    const options = Object.entries(node.on).map(([event, transitions]): WizardOption => {
      const only = transitions.length === 1 ? transitions[0] : undefined;
      if (!only || only.guard) where(`event "${event}" must have exactly one unguarded transition`);
      const target = only?.target?.[0];
      if (!target || only?.target?.length !== 1) return where(`event "${event}" has no single target`);
      if (target.parent !== root) where(`event "${event}" must target a top-level state`);
      return { event, target: target.key, labelKey: labelKey(meta.kind, textKey, event, where) };
    });
    checkOptions(
      meta.kind,
      options.map((o) => o.event),
      where,
    );

    const step: WizardStep = {
      id,
      kind: meta.kind,
      textKey,
      titleKey: `${textKey}.title`,
      bodyKey: `${textKey}.body`,
      options,
    };
    if (meta.kind === 'outcome') step.questionKey = solvedQuestionKey;
    if (meta.embed) step.embed = meta.embed;
    if (meta.practice) step.practice = true;
    if (meta.kind === 'end') step.outcome = meta.outcome;
    if (meta.kind === 'question' && meta.picker) step.picker = meta.picker;
    return step;
  });

  return { id: machine.id, textKey: wizardTextKey(machine.id), initial, steps };
}

function checkMeta(meta: unknown, where: (message: string) => never): WizardStateMeta {
  if (typeof meta !== 'object' || meta === null) return where('has no meta');
  const { kind, text } = meta as { kind?: unknown; text?: unknown };
  if (!stepKinds.includes(kind as StepKind)) where(`meta.kind must be one of ${stepKinds.join(', ')}`);
  if (text !== undefined && (typeof text !== 'string' || !/^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)+$/.test(text))) {
    where('meta.text, when given, must be a dotted camel-case key');
  }
  // No dead ends: every end solves the problem, hands over to Client Services or to another troubleshooter.
  const { outcome, embed } = meta as { outcome?: unknown; embed?: { type?: unknown } };
  if (kind === 'end' && !outcomes.includes(outcome as WizardOutcome)) {
    where(`an end needs meta.outcome, one of ${outcomes.join(', ')}`);
  }
  if (kind === 'end' && (outcome === 'handoff') !== (embed?.type === 'wizard')) {
    where('an end hands off (outcome "handoff") exactly when it embeds another troubleshooter');
  }
  if (kind !== 'end' && outcome !== undefined) where('only an end has meta.outcome');
  return meta as WizardStateMeta;
}

function labelKey(kind: StepKind, textKey: string, event: string, where: (message: string) => never): string {
  if (kind === 'question') {
    const option = event.startsWith('answer.') ? event.slice('answer.'.length) : '';
    if (!camelCase.test(option)) where(`a question's events are answer.<camelCaseOption>, not "${event}"`);
    return `${textKey}.options.${option}`;
  }
  if (kind === 'end') return where('an end state has no options');
  const key = (commonLabelKeys as Record<string, string>)[event];
  const family = kind === 'step' ? 'step.' : 'outcome.';
  if (!key || !event.startsWith(family)) return where(`a ${kind} cannot handle "${event}"`);
  return key;
}

function checkOptions(kind: StepKind, events: string[], where: (message: string) => never): void {
  if (kind === 'question' && events.length < 2) where('a question needs at least two options');
  if (kind === 'step' && !events.includes('step.done')) where('a step needs step.done');
  if (kind === 'outcome' && !(events.includes('outcome.yes') && events.includes('outcome.no'))) {
    where('an outcome needs outcome.yes and outcome.no');
  }
}

/** The step with this id; throws on an unknown id. */
function getStep(graph: WizardGraph, id: string): WizardStep {
  const step = graph.steps.find((s) => s.id === id);
  if (!step) throw new Error(`Wizard "${graph.id}" has no step "${id}"`);
  return step;
}

/** Fewest options to choose from the initial step to each reachable step (initial = 0). */
export function stepDepths(graph: WizardGraph): Map<string, number> {
  const depths = new Map<string, number>([[graph.initial, 0]]);
  const queue = [graph.initial];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const depth = depths.get(id) ?? 0;
    for (const option of getStep(graph, id).options) {
      if (!depths.has(option.target)) {
        depths.set(option.target, depth + 1);
        queue.push(option.target);
      }
    }
  }
  return depths;
}
