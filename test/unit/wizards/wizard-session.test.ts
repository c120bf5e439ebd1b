// The session machine in Node: every event, the address in all its forms, and every simple path of every registered
// troubleshooter walked forward and back again (the walk the browser tests used to do, at a fraction of the cost).
import { describe, it, expect } from 'vitest';
import { createActor, setup, type AnyStateMachine } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { registry } from '../../../src/wizards/wizard-registry.ts';
import { wizardSessionMachine, type WizardSessionEmitted } from '../../../src/wizards/wizard-session.ts';
import type { WizardEvent, WizardStateMeta } from '../../../src/wizards/wizard-types.ts';

// A small troubleshooter: a question, two ways on, one of them a step that can loop back to the question's option.
const sample = setup({
  types: { events: {} as WizardEvent<'ios' | 'android'>, meta: {} as WizardStateMeta },
}).createMachine({
  id: 'sample',
  initial: 'pick-phone',
  states: {
    'pick-phone': {
      meta: { kind: 'question', text: 'sample.pickPhone' },
      on: { 'answer.ios': 'try-this', 'answer.android': 'do-this' },
    },
    'do-this': {
      meta: { kind: 'step', text: 'sample.doThis' },
      on: { 'step.done': 'try-this', 'step.failed': 'contact-support' },
    },
    'try-this': {
      meta: { kind: 'outcome', text: 'sample.tryThis' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    solved: { type: 'final', meta: { kind: 'end', text: 'common.solved', outcome: 'solved' } },
    'contact-support': { type: 'final', meta: { kind: 'end', text: 'common.escalate', outcome: 'escalate' } },
  },
});

/** A started session with a record of everything it asked the host to do. */
function session(machine: AnyStateMachine = sample, resume?: { step?: string; state?: unknown }) {
  const actor = createActor(wizardSessionMachine(machine));
  const effects: WizardSessionEmitted[] = [];
  actor.on('*', (effect) => effects.push(effect));
  actor.start();
  if (resume) actor.send({ type: 'wizard.resume', step: resume.step ?? '', state: resume.state ?? null });
  const taken = () => effects.splice(0);
  const step = () => actor.getSnapshot().context.path.at(-1)?.step;
  const path = () => actor.getSnapshot().context.path;
  return { actor, taken, step, path, notice: () => actor.getSnapshot().context.notice };
}

const entry = (path: unknown[]) => ({ wizard: 'sample', path });

describe('the session, before the address is read', () => {
  it('is at the first step, with nothing to go back to and nothing to start over', () => {
    const s = session();
    expect(s.path()).toEqual([{ step: 'pick-phone' }]);
    expect(s.notice()).toBeNull();
    expect(s.actor.getSnapshot().can({ type: 'wizard.back' })).toBe(false);
    expect(s.actor.getSnapshot().can({ type: 'wizard.restart' })).toBe(false);
    expect(s.taken()).toEqual([]);
  });
});

describe('wizard.resume (the page loads)', () => {
  it('with no step in the address: the first step, the plain address kept, no focus move', () => {
    const s = session(sample, {});
    expect(s.path()).toEqual([{ step: 'pick-phone' }]);
    expect(s.taken()).toEqual([{ type: 'history.remember', entry: entry([{ step: 'pick-phone' }]) }]);
  });

  it('with a bookmarked step: that step, with nothing to go back to', () => {
    const s = session(sample, { step: 'try-this' });
    expect(s.path()).toEqual([{ step: 'try-this' }]);
    expect(s.actor.getSnapshot().can({ type: 'wizard.back' })).toBe(false);
    expect(s.actor.getSnapshot().can({ type: 'wizard.restart' })).toBe(true);
    expect(s.taken()).toEqual([{ type: 'history.remember', entry: entry([{ step: 'try-this' }]) }]);
  });

  it('after a reload: the path the history entry stored, so Back still knows the way', () => {
    const stored = [
      { step: 'pick-phone', event: 'answer.android' },
      { step: 'do-this', event: 'step.done' },
      { step: 'try-this' },
    ];
    const s = session(sample, { step: 'try-this', state: entry(stored) });
    expect(s.path()).toEqual(stored);
    s.taken();
    s.actor.send({ type: 'wizard.back' });
    expect(s.path()).toEqual([{ step: 'pick-phone', event: 'answer.android' }, { step: 'do-this' }]);
  });

  it('ignores a stored path the machine does not allow, or that ends elsewhere', () => {
    const wrongEvent = [{ step: 'pick-phone', event: 'answer.ios' }, { step: 'do-this' }];
    expect(session(sample, { step: 'do-this', state: entry(wrongEvent) }).path()).toEqual([{ step: 'do-this' }]);
    const elsewhere = [{ step: 'pick-phone', event: 'answer.ios' }, { step: 'try-this' }];
    expect(session(sample, { step: 'do-this', state: entry(elsewhere) }).path()).toEqual([{ step: 'do-this' }]);
    const unknown = [{ step: 'gone', event: 'answer.ios' }, { step: 'try-this' }];
    expect(session(sample, { step: 'try-this', state: entry(unknown) }).path()).toEqual([{ step: 'try-this' }]);
    const otherWizard = { wizard: 'other', path: elsewhere };
    expect(session(sample, { step: 'try-this', state: otherWizard }).path()).toEqual([{ step: 'try-this' }]);
  });

  it('ignores a history entry that is not a list of steps (another script, or an older version of the site)', () => {
    const bookmark = [{ step: 'try-this' }];
    for (const state of [
      'try-this',
      { wizard: 'sample' },
      { wizard: 'sample', path: [] },
      { wizard: 'sample', path: ['try-this'] },
      { wizard: 'sample', path: [null, { step: 'try-this' }] },
      { wizard: 'sample', path: [{ step: 1 }] },
      { wizard: 'sample', path: [{ step: 'pick-phone', event: 2 }, { step: 'try-this' }] },
      { wizard: 'sample', trail: ['pick-phone', 'try-this'] },
    ]) {
      expect(session(sample, { step: 'try-this', state }).path(), JSON.stringify(state)).toEqual(bookmark);
    }
  });

  it('with an unknown step: the first step, a notice, and the bad hash dropped from the address', () => {
    const s = session(sample, { step: 'no-such-step' });
    expect(s.path()).toEqual([{ step: 'pick-phone' }]);
    expect(s.notice()).toBe('unknownStep');
    expect(s.taken()).toEqual([{ type: 'history.reset', entry: entry([{ step: 'pick-phone' }]) }]);
  });
});

describe('wizard.choose', () => {
  it("moves to where the troubleshooter's machine leads, recording the choice, with a history entry and focus", () => {
    const s = session(sample, {});
    s.taken();
    s.actor.send({ type: 'wizard.choose', event: 'answer.android' });
    const path = [{ step: 'pick-phone', event: 'answer.android' }, { step: 'do-this' }];
    expect(s.path()).toEqual(path);
    expect(s.taken()).toEqual([{ type: 'history.push', hash: '#do-this', entry: entry(path) }, { type: 'step.focus' }]);
  });

  it('does nothing for an event the step does not handle, or at an end', () => {
    const s = session(sample, {});
    s.taken();
    s.actor.send({ type: 'wizard.choose', event: 'step.done' });
    s.actor.send({ type: 'wizard.choose', event: '' });
    expect(s.path()).toEqual([{ step: 'pick-phone' }]);
    s.actor.send({ type: 'wizard.choose', event: 'answer.ios' });
    s.actor.send({ type: 'wizard.choose', event: 'outcome.yes' });
    s.taken();
    s.actor.send({ type: 'wizard.choose', event: 'outcome.yes' });
    expect(s.step()).toBe('solved');
    expect(s.taken()).toEqual([]);
  });

  it('clears the unknown-step notice', () => {
    const s = session(sample, { step: 'no-such-step' });
    s.actor.send({ type: 'wizard.choose', event: 'answer.ios' });
    expect(s.notice()).toBeNull();
  });
});

describe('wizard.back', () => {
  it('returns to the previous step, forgetting the choice made there, and goes back in history', () => {
    const s = session(sample, {});
    s.actor.send({ type: 'wizard.choose', event: 'answer.android' });
    s.actor.send({ type: 'wizard.choose', event: 'step.done' });
    s.taken();
    s.actor.send({ type: 'wizard.back' });
    expect(s.path()).toEqual([{ step: 'pick-phone', event: 'answer.android' }, { step: 'do-this' }]);
    expect(s.taken()).toEqual([{ type: 'history.back' }, { type: 'step.focus' }]);
  });

  it('does nothing at the start', () => {
    const s = session(sample, {});
    s.taken();
    expect(s.actor.getSnapshot().can({ type: 'wizard.back' })).toBe(false);
    s.actor.send({ type: 'wizard.back' });
    expect(s.path()).toEqual([{ step: 'pick-phone' }]);
    expect(s.taken()).toEqual([]);
  });
});

describe('wizard.restart', () => {
  it('goes to the first step as a new history entry', () => {
    const s = session(sample, {});
    s.actor.send({ type: 'wizard.choose', event: 'answer.ios' });
    s.taken();
    s.actor.send({ type: 'wizard.restart' });
    expect(s.path()).toEqual([{ step: 'pick-phone' }]);
    expect(s.taken()).toEqual([
      { type: 'history.push', hash: '#pick-phone', entry: entry([{ step: 'pick-phone' }]) },
      { type: 'step.focus' },
    ]);
  });

  it('is not offered on the first step', () => {
    const s = session(sample, {});
    s.taken();
    expect(s.actor.getSnapshot().can({ type: 'wizard.restart' })).toBe(false);
    s.actor.send({ type: 'wizard.restart' });
    expect(s.taken()).toEqual([]);
  });
});

describe('wizard.address (Back, Forward, a hash typed or followed)', () => {
  const walked = () => {
    const s = session(sample, {});
    s.actor.send({ type: 'wizard.choose', event: 'answer.android' });
    s.actor.send({ type: 'wizard.choose', event: 'step.done' });
    s.taken();
    return s;
  };

  it('ignores an address that names where the session is (the hashchange after a popstate)', () => {
    const s = walked();
    const before = s.actor.getSnapshot();
    s.actor.send({ type: 'wizard.address', step: 'try-this', state: entry(s.path()) });
    s.actor.send({ type: 'wizard.address', step: 'try-this', state: null });
    expect(s.actor.getSnapshot().context).toEqual(before.context);
    expect(s.taken()).toEqual([]);
  });

  it("follows the browser's Back and Forward to the path their entry stored, moving focus", () => {
    const s = walked();
    const forward = s.path();
    const back = [{ step: 'pick-phone', event: 'answer.android' }, { step: 'do-this' }];
    s.actor.send({ type: 'wizard.address', step: 'do-this', state: entry(back) });
    expect(s.path()).toEqual(back);
    expect(s.taken()).toEqual([{ type: 'history.remember', entry: entry(back) }, { type: 'step.focus' }]);
    s.actor.send({ type: 'wizard.address', step: 'try-this', state: entry(forward) });
    expect(s.path()).toEqual(forward);
  });

  it("continues the path when a hash followed by hand is one of the current step's options", () => {
    const s = session(sample, {});
    s.actor.send({ type: 'wizard.address', step: 'do-this', state: null });
    expect(s.path()).toEqual([{ step: 'pick-phone', event: 'answer.android' }, { step: 'do-this' }]);
  });

  it('starts a new path at any other known step', () => {
    const s = walked();
    s.actor.send({ type: 'wizard.address', step: 'do-this', state: null });
    expect(s.path()).toEqual([{ step: 'do-this' }]);
  });

  it('goes to the first step for an address without a hash', () => {
    const s = walked();
    s.actor.send({ type: 'wizard.address', step: '', state: null });
    expect(s.path()).toEqual([{ step: 'pick-phone' }]);
  });

  it('starts over with a notice for an unknown step, and drops it from the address', () => {
    const s = walked();
    s.actor.send({ type: 'wizard.address', step: 'not-a-step-either', state: null });
    expect(s.path()).toEqual([{ step: 'pick-phone' }]);
    expect(s.notice()).toBe('unknownStep');
    expect(s.taken()).toEqual([
      { type: 'history.reset', entry: entry([{ step: 'pick-phone' }]) },
      { type: 'step.focus' },
    ]);
    // The hashchange that follows names the plain address the session has just written: nothing more happens.
    s.actor.send({ type: 'wizard.address', step: '', state: entry([{ step: 'pick-phone' }]) });
    expect(s.notice()).toBe('unknownStep');
    expect(s.taken()).toEqual([]);
  });
});

describe.each(registry.all.map((t) => [t.id, t.machine] as const))('every simple path of %s', (id, machine) => {
  const paths = getSimplePaths(machine)
    .filter((p) => p.state.status === 'done')
    .map((p) => ({
      events: p.steps.slice(1).map((s) => s.event.type),
      states: p.steps.map((s) => String(s.state.value)),
    }));

  it('exists', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  it('is walked to its end, resumed from the entry it left, and walked back to the start', () => {
    for (const { events, states } of paths) {
      const s = session(machine, {});
      for (const [i, event] of events.entries()) {
        s.actor.send({ type: 'wizard.choose', event });
        expect(s.step(), `${id}: ${events.slice(0, i + 1).join(' ')}`).toBe(states[i + 1]);
      }
      // The path holds each step with the option chosen there: what a hand-off summary will be made from.
      expect(s.path()).toEqual(states.map((step, i) => (events[i] ? { step, event: events[i] } : { step })));

      const reloaded = session(machine, { step: states.at(-1)!, state: { wizard: id, path: s.path() } });
      expect(reloaded.path()).toEqual(s.path());

      for (let i = states.length - 2; i >= 0; i--) {
        reloaded.actor.send({ type: 'wizard.back' });
        expect(reloaded.step()).toBe(states[i]);
      }
      expect(reloaded.actor.getSnapshot().can({ type: 'wizard.back' })).toBe(false);
    }
  });
});
