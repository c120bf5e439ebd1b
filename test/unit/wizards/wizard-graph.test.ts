import { describe, it, expect } from 'vitest';
import { createMachine, setup } from 'xstate';
import { stepDepths, wizardGraph, type WizardGraph } from '../../../src/wizards/wizard-graph.ts';
import type { WizardEvent, WizardStateMeta } from '../../../src/wizards/wizard-types.ts';

// A small wizard using every kind of state, written the way the real wizards are.
const sample = setup({
  types: { events: {} as WizardEvent<'ios' | 'android'>, meta: {} as WizardStateMeta },
}).createMachine({
  id: 'sample-wizard',
  initial: 'pick-phone',
  states: {
    'pick-phone': {
      meta: { kind: 'question', text: 'sampleWizard.pickPhone', picker: 'platform' },
      on: { 'answer.ios': 'try-this', 'answer.android': 'do-this' },
    },
    'do-this': {
      meta: { kind: 'step', text: 'sampleWizard.doThis', practice: true },
      on: { 'step.done': 'try-this', 'step.failed': 'other-wizard' },
    },
    'try-this': {
      // No text key: the state's own, sampleWizard.tryThis.
      meta: { kind: 'outcome', embed: { type: 'article', id: '9101' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    solved: { type: 'final', meta: { kind: 'end', text: 'common.solved', outcome: 'solved' } },
    'contact-support': { type: 'final', meta: { kind: 'end', text: 'common.escalate', outcome: 'escalate' } },
    'other-wizard': {
      type: 'final',
      meta: { kind: 'end', text: 'sampleWizard.otherWizard', outcome: 'handoff', embed: { type: 'wizard', id: 'x' } },
    },
  },
});

function getStep(graph: WizardGraph, id: string) {
  const step = graph.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step "${id}"`);
  return step;
}

describe('wizardGraph', () => {
  const graph = wizardGraph(sample);

  it('takes the id and initial step from the machine', () => {
    expect(graph.id).toBe('sample-wizard');
    expect(graph.textKey).toBe('sampleWizard');
    expect(graph.initial).toBe('pick-phone');
  });

  it('lists the steps in config order with their kinds', () => {
    expect(graph.steps.map((s) => [s.id, s.kind])).toEqual([
      ['pick-phone', 'question'],
      ['do-this', 'step'],
      ['try-this', 'outcome'],
      ['solved', 'end'],
      ['contact-support', 'end'],
      ['other-wizard', 'end'],
    ]);
  });

  it("labels a question's options from its own text key, in config order", () => {
    expect(getStep(graph, 'pick-phone')).toEqual({
      id: 'pick-phone',
      kind: 'question',
      textKey: 'sampleWizard.pickPhone',
      titleKey: 'sampleWizard.pickPhone.title',
      bodyKey: 'sampleWizard.pickPhone.body',
      picker: 'platform',
      options: [
        { event: 'answer.ios', target: 'try-this', labelKey: 'sampleWizard.pickPhone.options.ios' },
        { event: 'answer.android', target: 'do-this', labelKey: 'sampleWizard.pickPhone.options.android' },
      ],
    });
  });

  it('gives steps and outcomes the shared labels, and outcomes the solved question', () => {
    const step = getStep(graph, 'do-this');
    expect(step.options.map((o) => o.labelKey)).toEqual(['common.done', 'common.failed']);
    expect(step.outcome).toBeUndefined();
    expect(step.practice).toBe(true);
    expect(step.embed).toBeUndefined();
    expect(step.questionKey).toBeUndefined();

    const outcome = getStep(graph, 'try-this');
    expect(outcome.options).toEqual([
      { event: 'outcome.yes', target: 'solved', labelKey: 'common.yes' },
      { event: 'outcome.no', target: 'contact-support', labelKey: 'common.no' },
    ]);
    expect(outcome.questionKey).toBe('common.solvedQuestion');
    expect(outcome).toMatchObject({ textKey: 'sampleWizard.tryThis', titleKey: 'sampleWizard.tryThis.title' });
    expect(outcome.embed).toEqual({ type: 'article', id: '9101' });
  });

  it('gives end steps no options and keeps their outcome', () => {
    expect(getStep(graph, 'solved')).toMatchObject({ kind: 'end', outcome: 'solved', options: [] });
    expect(getStep(graph, 'contact-support')).toMatchObject({ kind: 'end', outcome: 'escalate', options: [] });
    expect(getStep(graph, 'other-wizard')).toMatchObject({ outcome: 'handoff', embed: { type: 'wizard', id: 'x' } });
  });

  it('is plain data that survives JSON (for a data-* attribute)', () => {
    expect(JSON.parse(JSON.stringify(graph))).toEqual(graph);
  });
});

describe('wizardGraph rejects what the page could not render', () => {
  const question = { kind: 'question', text: 'x.q' };
  const end = { kind: 'end', text: 'x.end', outcome: 'solved' };

  it('a state without meta', () => {
    const machine = createMachine({
      id: 'bad',
      initial: 'a',
      states: { a: { on: { 'answer.b': 'b', 'answer.c': 'b' } }, b: { type: 'final', meta: end } },
    });
    expect(() => wizardGraph(machine)).toThrow(/state "a": has no meta/);
  });

  it('an option without a target', () => {
    const machine = createMachine({
      id: 'bad',
      initial: 'a',
      states: { a: { meta: question, on: { 'answer.b': 'b', 'answer.c': {} } }, b: { type: 'final', meta: end } },
    });
    expect(() => wizardGraph(machine)).toThrow(/"answer.c" has no single target/);
  });

  it('a guarded option', () => {
    const machine = createMachine({
      id: 'bad',
      initial: 'a',
      states: {
        a: { meta: question, on: { 'answer.b': 'b', 'answer.c': { target: 'b', guard: () => true } } },
        b: { type: 'final', meta: end },
      },
    });
    expect(() => wizardGraph(machine)).toThrow(/exactly one unguarded transition/);
  });

  it('nested states', () => {
    const machine = createMachine({
      id: 'bad',
      initial: 'a',
      states: { a: { meta: question, initial: 'inner', states: { inner: {} } } },
    });
    expect(() => wizardGraph(machine)).toThrow(/compound states are not supported/);
  });

  it('a state key that is not kebab case', () => {
    const machine = createMachine({
      id: 'bad',
      initial: 'phoneOnline',
      states: { phoneOnline: { type: 'final', meta: end } },
    });
    expect(() => wizardGraph(machine)).toThrow(/kebab case/);
  });

  it('an end state that is not final, or a final state that is not an end', () => {
    const notFinal = createMachine({ id: 'bad', initial: 'a', states: { a: { meta: end } } });
    expect(() => wizardGraph(notFinal)).toThrow(/kind "end" and type "final"/);
    const notEnd = createMachine({ id: 'bad', initial: 'a', states: { a: { type: 'final', meta: question } } });
    expect(() => wizardGraph(notEnd)).toThrow(/kind "end" and type "final"/);
  });

  it('an event that does not belong to the state kind', () => {
    const machine = createMachine({
      id: 'bad',
      initial: 'a',
      states: {
        a: { meta: { kind: 'step', text: 'x.s' }, on: { 'step.done': 'b', 'answer.c': 'b' } },
        b: { type: 'final', meta: end },
      },
    });
    expect(() => wizardGraph(machine)).toThrow(/a step cannot handle "answer.c"/);
  });

  it('a question with one option, an outcome without "no", a step without "done"', () => {
    const states = (a: object) => ({
      id: 'bad',
      initial: 'a',
      states: { a, b: { type: 'final' as const, meta: end } },
    });
    expect(() => wizardGraph(createMachine(states({ meta: question, on: { 'answer.b': 'b' } })))).toThrow(
      /at least two options/,
    );
    expect(() =>
      wizardGraph(createMachine(states({ meta: { kind: 'outcome', text: 'x.o' }, on: { 'outcome.yes': 'b' } }))),
    ).toThrow(/outcome.yes and outcome.no/);
    expect(() =>
      wizardGraph(createMachine(states({ meta: { kind: 'step', text: 'x.s' }, on: { 'step.failed': 'b' } }))),
    ).toThrow(/needs step.done/);
  });

  it('an end that neither solves, hands over to Client Services nor hands off to another troubleshooter', () => {
    const ending = (meta: object) => createMachine({ id: 'bad', initial: 'a', states: { a: { type: 'final', meta } } });
    expect(() => wizardGraph(ending({ kind: 'end', text: 'x.a' }))).toThrow(/an end needs meta.outcome/);
    expect(() => wizardGraph(ending({ kind: 'end', text: 'x.a', outcome: 'gave-up' }))).toThrow(/meta.outcome/);
    expect(() => wizardGraph(ending({ kind: 'end', text: 'x.a', outcome: 'handoff' }))).toThrow(/hands off/);
    const wizard = { type: 'wizard', id: 'y' };
    expect(() => wizardGraph(ending({ kind: 'end', text: 'x.a', outcome: 'solved', embed: wizard }))).toThrow(
      /hands off/,
    );
  });

  it('an outcome on a state that is not an end', () => {
    const machine = createMachine({
      id: 'bad',
      initial: 'a',
      states: {
        a: { meta: { ...question, outcome: 'solved' }, on: { 'answer.b': 'b', 'answer.c': 'b' } },
        b: { type: 'final', meta: end },
      },
    });
    expect(() => wizardGraph(machine)).toThrow(/only an end has meta.outcome/);
  });

  it('a meta without a usable text key or kind', () => {
    const badText = createMachine({
      id: 'bad',
      initial: 'a',
      states: { a: { type: 'final', meta: { kind: 'end', text: 'not a key', outcome: 'solved' } } },
    });
    expect(() => wizardGraph(badText)).toThrow(/meta.text/);
    const badKind = createMachine({
      id: 'bad',
      initial: 'a',
      states: { a: { type: 'final', meta: { kind: 'final', text: 'x.a' } } },
    });
    expect(() => wizardGraph(badKind)).toThrow(/meta.kind/);
  });
});

describe('graph helpers', () => {
  const graph = wizardGraph(sample);

  it('stepDepths counts the fewest choices from the start', () => {
    expect(Object.fromEntries(stepDepths(graph))).toEqual({
      'pick-phone': 0,
      'try-this': 1,
      'do-this': 1,
      solved: 2,
      'contact-support': 2,
      'other-wizard': 2,
    });
  });
});
