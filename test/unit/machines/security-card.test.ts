// The practice Digital Security Card+: every state and key, timers on a simulated clock, and a model-based
// reachability check derived from the machine with xstate/graph.
import { describe, it, expect } from 'vitest';
import { createActor, fromPromise, SimulatedClock, waitFor, type EventObject } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  DEFAULT_PRACTICE_PIN,
  ERROR_DISPLAY_MS,
  INACTIVITY_SECONDS,
  MAX_WRONG_PINS,
  PRESS_WHILE_ON,
  SECURITY_CARD_STATES,
  securityCardMachine,
  type ComputeResponseInput,
  type SecurityCardEmitted,
  type SecurityCardEvent,
  type SecurityCardInput,
} from '../../../src/machines/security-card.ts';
import { cardDisplayText } from '../../support/card-display-text.ts';
import { ocra } from '../../../src/machines/ocra.ts';
import en from '../../../content/locales/en/simulator.json' with { type: 'json' };
import itLocale from '../../../content/locales/it/simulator.json' with { type: 'json' };

const SUITE = 'OCRA-1:HOTP-SHA1-8:QN06';
// RFC 6287's 20-byte test key ("12345678901234567890").
const KEY = '3132333435363738393031323334353637383930';
const INACTIVITY_MS = INACTIVITY_SECONDS * 1000;

const card = securityCardMachine.provide({
  actors: {
    computeResponse: fromPromise<string, ComputeResponseInput>(({ input }) =>
      ocra(SUITE, KEY, { question: input.challenge }),
    ),
  },
});

function startCard(input?: SecurityCardInput) {
  const clock = new SimulatedClock();
  const actor = createActor(card, input === undefined ? { clock } : { clock, input });
  actor.start();
  const send = (event: SecurityCardEvent) => actor.send(event);
  const type = (digits: string) => {
    for (const digit of digits) send({ type: 'card.digit', digit });
  };
  const snapshot = () => actor.getSnapshot();
  const display = () => cardDisplayText(snapshot());
  return { actor, clock, send, type, snapshot, display };
}

/** A card switched on with the right PIN accepted: the display asks for the challenge. */
function cardAtChallenge() {
  const c = startCard();
  c.send({ type: 'card.press' });
  c.type(DEFAULT_PRACTICE_PIN);
  c.send({ type: 'card.ok' });
  return c;
}

describe('securityCardMachine: turning on and the PIN', () => {
  it('starts off with a blank display and the default practice PIN', () => {
    const c = startCard();
    expect(c.snapshot().value).toBe('off');
    expect(c.display()).toBe('');
    expect(c.snapshot().context.pin).toBe('1234');
    expect(c.snapshot().hasTag('powered')).toBe(false);
  });

  it('"press" turns it on and the display asks for the PIN', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    expect(c.snapshot().value).toBe('pin');
    expect(c.snapshot().hasTag('powered')).toBe(true);
    expect(c.display()).toBe('PIN>');
  });

  it('shows one mask per PIN digit, never the digits', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    c.type('12');
    expect(c.display()).toBe('PIN>**');
    c.type('34');
    expect(c.display()).toBe('PIN>****');
    expect(c.snapshot().context.input).toBe('1234');
  });

  it('accepts the right PIN with OK and asks for the challenge', () => {
    const c = cardAtChallenge();
    expect(c.snapshot().value).toBe('challenge');
    expect(c.display()).toBe('CHALLNG>');
    expect(c.snapshot().context.input).toBe('');
  });

  it('shows the error word for a wrong PIN, then asks again with the input cleared', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    c.type('9999');
    c.send({ type: 'card.ok' });
    expect(c.snapshot().value).toBe('pinError');
    expect(c.snapshot().context.errorCode).toBe('pinWrong');
    expect(c.snapshot().context.wrongPins).toBe(1);
    expect(c.display()).toBe('ERROR');
    c.clock.increment(ERROR_DISPLAY_MS - 1);
    expect(c.snapshot().value).toBe('pinError');
    c.clock.increment(1);
    expect(c.snapshot().value).toBe('pin');
    expect(c.snapshot().context.errorCode).toBeNull();
    expect(c.display()).toBe('PIN>');
  });

  it('ignores keys other than "press" while the error shows', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    c.type('9999');
    c.send({ type: 'card.ok' });
    c.type('12');
    c.send({ type: 'card.ok' });
    expect(c.snapshot().value).toBe('pinError');
    expect(c.snapshot().context.input).toBe('');
    expect(c.snapshot().context.wrongPins).toBe(1);
  });

  it('treats OK with too few PIN digits as an error that does not count as a wrong PIN', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    c.type('12');
    c.send({ type: 'card.ok' });
    expect(c.snapshot().value).toBe('pinError');
    expect(c.snapshot().context.errorCode).toBe('pinLength');
    expect(c.snapshot().context.wrongPins).toBe(0);
    c.clock.increment(ERROR_DISPLAY_MS);
    expect(c.snapshot().value).toBe('pin');
    expect(c.snapshot().context.input).toBe('');
  });

  it('treats OK with no digits at all as a PIN length error', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    c.send({ type: 'card.ok' });
    expect(c.snapshot().context.errorCode).toBe('pinLength');
  });

  it('ignores PIN digits beyond the fourth', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    c.type('123456');
    expect(c.snapshot().context.input).toBe('1234');
    expect(c.display()).toBe('PIN>****');
    c.send({ type: 'card.ok' });
    expect(c.snapshot().value).toBe('challenge');
  });

  it('ignores a digit event that carries anything but one digit', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    for (const digit of ['a', 'Enter', '', '12', ' ', '٣', '-1']) c.send({ type: 'card.digit', digit });
    expect(c.snapshot().value).toBe('pin');
    expect(c.snapshot().context.input).toBe('');
  });

  it('uses the PIN given as input, and falls back to the default for an invalid one', () => {
    expect(startCard({ pin: '4711' }).snapshot().context.pin).toBe('4711');
    expect(startCard({ pin: '12a4' }).snapshot().context.pin).toBe(DEFAULT_PRACTICE_PIN);
    expect(startCard({ pin: '12345' }).snapshot().context.pin).toBe(DEFAULT_PRACTICE_PIN);
  });
});

describe('securityCardMachine: lock after wrong PINs', () => {
  function wrongPin(c: ReturnType<typeof startCard>) {
    c.type('0000');
    c.send({ type: 'card.ok' });
  }

  it(`locks after ${MAX_WRONG_PINS} wrong PINs in a row`, () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    for (let i = 1; i < MAX_WRONG_PINS; i++) {
      wrongPin(c);
      expect(c.snapshot().value).toBe('pinError');
      c.clock.increment(ERROR_DISPLAY_MS);
    }
    wrongPin(c);
    expect(c.snapshot().value).toBe('locked');
    expect(c.snapshot().context.wrongPins).toBe(MAX_WRONG_PINS);
    expect(c.display()).toBe('LOCKED');
  });

  it('stays locked through power cycles, ignores digits and OK, and opens again only on Reset', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    for (let i = 0; i < MAX_WRONG_PINS; i++) {
      wrongPin(c);
      c.clock.increment(ERROR_DISPLAY_MS);
    }
    expect(c.snapshot().value).toBe('locked');
    c.type(DEFAULT_PRACTICE_PIN);
    c.send({ type: 'card.ok' });
    expect(c.snapshot().value).toBe('locked');
    c.send({ type: 'card.press' });
    expect(c.snapshot().value).toBe('off');
    c.send({ type: 'card.press' });
    expect(c.snapshot().value).toBe('locked');
    c.send({ type: 'card.reset' });
    expect(c.snapshot().value).toBe('off');
    expect(c.snapshot().context.wrongPins).toBe(0);
    c.send({ type: 'card.press' });
    expect(c.snapshot().value).toBe('pin');
  });

  it('counts only wrong PINs in a row: a right PIN clears the count', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    for (let i = 1; i < MAX_WRONG_PINS; i++) {
      wrongPin(c);
      c.clock.increment(ERROR_DISPLAY_MS);
    }
    c.type(DEFAULT_PRACTICE_PIN);
    c.send({ type: 'card.ok' });
    expect(c.snapshot().context.wrongPins).toBe(0);
    c.send({ type: 'card.press' });
    c.send({ type: 'card.press' });
    wrongPin(c);
    expect(c.snapshot().value).toBe('pinError');
  });

  it('powers the locked card off after the inactivity delay', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    for (let i = 0; i < MAX_WRONG_PINS; i++) {
      wrongPin(c);
      c.clock.increment(ERROR_DISPLAY_MS);
    }
    c.clock.increment(INACTIVITY_MS);
    expect(c.snapshot().value).toBe('off');
    expect(c.snapshot().context.wrongPins).toBe(MAX_WRONG_PINS);
  });
});

describe('securityCardMachine: the challenge and the response', () => {
  it('shows the challenge digits as typed', () => {
    const c = cardAtChallenge();
    c.type('123');
    expect(c.display()).toBe('CHALLNG>123');
    c.type('456');
    expect(c.display()).toBe('CHALLNG>123456');
  });

  it('ignores challenge digits beyond the sixth', () => {
    const c = cardAtChallenge();
    c.type('12345678');
    expect(c.snapshot().context.input).toBe('123456');
  });

  it('ignores non-digits on the challenge screen', () => {
    const c = cardAtChallenge();
    c.type('1');
    c.send({ type: 'card.digit', digit: 'x' });
    expect(c.snapshot().context.input).toBe('1');
  });

  it('shows the error word for a short challenge, then asks again with the input cleared', () => {
    const c = cardAtChallenge();
    c.type('12345');
    c.send({ type: 'card.ok' });
    expect(c.snapshot().value).toBe('challengeError');
    expect(c.snapshot().context.errorCode).toBe('challengeLength');
    expect(c.display()).toBe('ERROR');
    c.clock.increment(ERROR_DISPLAY_MS);
    expect(c.snapshot().value).toBe('challenge');
    expect(c.snapshot().context.input).toBe('');
    expect(c.snapshot().context.errorCode).toBeNull();
  });

  it('computes the OCRA response of the challenge and shows its 8 digits', async () => {
    const c = cardAtChallenge();
    c.type('123456');
    c.send({ type: 'card.ok' });
    expect(c.snapshot().value).toBe('computing');
    // The display keeps the typed challenge until the response replaces it.
    expect(c.display()).toBe('CHALLNG>123456');
    const done = await waitFor(c.actor, (s) => s.matches('response'));
    const expected = await ocra(SUITE, KEY, { question: '123456' });
    expect(expected).toMatch(/^[0-9]{8}$/);
    expect(done.context.response).toBe(expected);
    expect(done.context.input).toBe('');
    expect(c.display()).toBe(expected);
  });

  it('keeps a challenge with leading zeros as typed', async () => {
    const c = cardAtChallenge();
    c.type('000042');
    c.send({ type: 'card.ok' });
    const done = await waitFor(c.actor, (s) => s.matches('response'));
    expect(done.context.response).toBe(await ocra(SUITE, KEY, { question: '000042' }));
  });

  it('shows the error word when the response cannot be computed', async () => {
    const failing = securityCardMachine.provide({
      actors: {
        computeResponse: fromPromise<string, ComputeResponseInput>(async () => {
          throw new Error('no crypto');
        }),
      },
    });
    const actor = createActor(failing, { clock: new SimulatedClock() }).start();
    actor.send({ type: 'card.press' });
    for (const digit of DEFAULT_PRACTICE_PIN) actor.send({ type: 'card.digit', digit });
    actor.send({ type: 'card.ok' });
    for (const digit of '123456') actor.send({ type: 'card.digit', digit });
    actor.send({ type: 'card.ok' });
    const failed = await waitFor(actor, (s) => s.matches('challengeError'));
    expect(failed.context.errorCode).toBe('computeFailed');
    expect(failed.context.input).toBe('');
  });

  it('fails loudly when the page forgot to provide the computation', async () => {
    const actor = createActor(securityCardMachine, { clock: new SimulatedClock() }).start();
    actor.send({ type: 'card.press' });
    for (const digit of DEFAULT_PRACTICE_PIN) actor.send({ type: 'card.digit', digit });
    actor.send({ type: 'card.ok' });
    for (const digit of '123456') actor.send({ type: 'card.digit', digit });
    actor.send({ type: 'card.ok' });
    const failed = await waitFor(actor, (s) => s.matches('challengeError'));
    expect(failed.context.errorCode).toBe('computeFailed');
  });

  it('ignores digits and OK while the response shows', async () => {
    const c = cardAtChallenge();
    c.type('123456');
    c.send({ type: 'card.ok' });
    const done = await waitFor(c.actor, (s) => s.matches('response'));
    c.type('99');
    c.send({ type: 'card.ok' });
    expect(c.snapshot().value).toBe('response');
    expect(c.snapshot().context.response).toBe(done.context.response);
  });
});

describe('securityCardMachine: power-off', () => {
  it(`turns itself off after ${INACTIVITY_SECONDS} s without a key press`, () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    c.type('12');
    c.clock.increment(INACTIVITY_MS - 1);
    expect(c.snapshot().value).toBe('pin');
    c.clock.increment(1);
    expect(c.snapshot().value).toBe('off');
    expect(c.snapshot().context.input).toBe('');
    expect(c.display()).toBe('');
  });

  it('restarts the inactivity timer on every key press, including ignored extra digits', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    c.type('1234');
    c.clock.increment(INACTIVITY_MS - 1000);
    c.type('5'); // beyond the PIN length: not added, but still a key press
    expect(c.snapshot().context.input).toBe('1234');
    c.clock.increment(INACTIVITY_MS - 1000);
    expect(c.snapshot().value).toBe('pin');
    c.send({ type: 'card.ok' });
    c.clock.increment(INACTIVITY_MS - 1);
    expect(c.snapshot().value).toBe('challenge');
    c.type('1');
    c.clock.increment(INACTIVITY_MS - 1);
    expect(c.snapshot().value).toBe('challenge');
    c.clock.increment(1);
    expect(c.snapshot().value).toBe('off');
  });

  it('does not count a non-digit event as a key press', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    c.clock.increment(INACTIVITY_MS - 1000);
    c.send({ type: 'card.digit', digit: 'a' });
    c.clock.increment(1000);
    expect(c.snapshot().value).toBe('off');
  });

  it('keeps the response on display until the inactivity delay, then forgets it', async () => {
    const c = cardAtChallenge();
    c.type('654321');
    c.send({ type: 'card.ok' });
    await waitFor(c.actor, (s) => s.matches('response'));
    c.clock.increment(INACTIVITY_MS - 1);
    expect(c.snapshot().value).toBe('response');
    c.send({ type: 'card.ok' });
    c.clock.increment(INACTIVITY_MS - 1);
    expect(c.snapshot().value).toBe('response');
    c.clock.increment(1);
    expect(c.snapshot().value).toBe('off');
    expect(c.snapshot().context.response).toBe('');
  });

  it(`"press" while on powers the card off (PRESS_WHILE_ON = ${PRESS_WHILE_ON}) from every powered state`, async () => {
    expect(PRESS_WHILE_ON).toBe('powerOff');
    const pin = startCard();
    pin.send({ type: 'card.press' });
    pin.type('12');
    pin.send({ type: 'card.press' });
    expect(pin.snapshot().value).toBe('off');
    pin.send({ type: 'card.press' });
    expect(pin.snapshot().context.input).toBe('');

    const pinError = startCard();
    pinError.send({ type: 'card.press' });
    pinError.send({ type: 'card.ok' });
    pinError.send({ type: 'card.press' });
    expect(pinError.snapshot().value).toBe('off');
    expect(pinError.snapshot().context.errorCode).toBeNull();

    const challenge = cardAtChallenge();
    challenge.type('123');
    challenge.send({ type: 'card.press' });
    expect(challenge.snapshot().value).toBe('off');

    const challengeError = cardAtChallenge();
    challengeError.send({ type: 'card.ok' });
    challengeError.send({ type: 'card.press' });
    expect(challengeError.snapshot().value).toBe('off');

    const computing = cardAtChallenge();
    computing.type('123456');
    computing.send({ type: 'card.ok' });
    computing.send({ type: 'card.press' });
    expect(computing.snapshot().value).toBe('off');

    const response = cardAtChallenge();
    response.type('123456');
    response.send({ type: 'card.ok' });
    await waitFor(response.actor, (s) => s.matches('response'));
    response.send({ type: 'card.press' });
    expect(response.snapshot().value).toBe('off');
    expect(response.snapshot().context.response).toBe('');
  });

  it('Reset from any state turns the card off and clears what was typed', () => {
    const c = cardAtChallenge();
    c.type('123');
    c.send({ type: 'card.reset' });
    expect(c.snapshot().value).toBe('off');
    expect(c.snapshot().context.input).toBe('');
    expect(c.snapshot().context.pin).toBe(DEFAULT_PRACTICE_PIN);
  });
});

describe('securityCardMachine: changing the practice PIN', () => {
  it('accepts a new 4-digit PIN while off, and the card then wants it', () => {
    const c = startCard();
    c.send({ type: 'card.setPin', pin: '2580' });
    expect(c.snapshot().context.pin).toBe('2580');
    c.send({ type: 'card.press' });
    c.type(DEFAULT_PRACTICE_PIN);
    c.send({ type: 'card.ok' });
    expect(c.snapshot().context.errorCode).toBe('pinWrong');
    c.clock.increment(ERROR_DISPLAY_MS);
    c.type('2580');
    c.send({ type: 'card.ok' });
    expect(c.snapshot().value).toBe('challenge');
  });

  it('refuses a PIN that is not exactly 4 digits', () => {
    const c = startCard();
    for (const pin of ['123', '12345', 'abcd', '12 4', '']) c.send({ type: 'card.setPin', pin });
    expect(c.snapshot().context.pin).toBe(DEFAULT_PRACTICE_PIN);
  });

  it('ignores a PIN change while the card is on', () => {
    const c = startCard();
    c.send({ type: 'card.press' });
    c.send({ type: 'card.setPin', pin: '2580' });
    expect(c.snapshot().context.pin).toBe(DEFAULT_PRACTICE_PIN);
  });

  it('keeps the chosen PIN through Reset', () => {
    const c = startCard();
    c.send({ type: 'card.setPin', pin: '2580' });
    c.send({ type: 'card.reset' });
    expect(c.snapshot().context.pin).toBe('2580');
  });
});

describe('securityCardMachine: what it tells the page (emitted events)', () => {
  function record(c: ReturnType<typeof startCard>) {
    const events: SecurityCardEmitted[] = [];
    c.actor.on('*', (event) => events.push(event));
    return events;
  }

  it('reports every power-off: "press", the inactivity rule and Reset', () => {
    const c = startCard();
    const events = record(c);
    c.send({ type: 'card.press' });
    c.send({ type: 'card.press' });
    c.send({ type: 'card.press' });
    c.clock.increment(INACTIVITY_MS);
    c.send({ type: 'card.press' });
    c.send({ type: 'card.reset' });
    expect(events).toEqual([{ type: 'card.poweredOff' }, { type: 'card.poweredOff' }, { type: 'card.poweredOff' }]);
  });

  it('reports a new PIN taken while off, with the PIN', () => {
    const c = startCard();
    const events = record(c);
    c.send({ type: 'card.setPin', pin: '2580' });
    expect(events).toEqual([{ type: 'card.pinChanged', pin: '2580' }]);
  });

  it('refuses a PIN that is not 4 digits, whether the card is off or on, and a good PIN while it is on', () => {
    const c = startCard();
    const events = record(c);
    c.send({ type: 'card.setPin', pin: '12a4' });
    c.send({ type: 'card.press' });
    c.send({ type: 'card.setPin', pin: '123' });
    c.send({ type: 'card.setPin', pin: '5678' });
    expect(events).toEqual([
      { type: 'card.pinRefused', reason: 'pinFormat' },
      { type: 'card.pinRefused', reason: 'pinFormat' },
      { type: 'card.pinRefused', reason: 'cardOn' },
    ]);
    expect(c.snapshot().context.pin).toBe(DEFAULT_PRACTICE_PIN);
  });
});

describe('securityCardMachine: model', () => {
  // The events each state offers come from the machine itself (its own event descriptors, timers and the
  // computation included); only the payloads are chosen here. Two digit keys are enough to reach every state
  // (the practice PIN is made of one of them) and keep the explored state space small.
  const PIN = '1111';
  const RESPONSE = '12345678';
  const payloads: Record<string, readonly EventObject[]> = {
    'card.digit': [
      { type: 'card.digit', digit: '1' },
      { type: 'card.digit', digit: '2' },
      { type: 'card.digit', digit: 'x' },
    ] as SecurityCardEvent[],
    'card.setPin': [{ type: 'card.setPin', pin: PIN }] as SecurityCardEvent[],
    'xstate.done.actor.computeResponse': [
      { type: 'xstate.done.actor.computeResponse', output: RESPONSE } as EventObject,
    ],
  };
  const statesByName: Record<string, { ownEvents: readonly string[] }> = securityCardMachine.root.states;
  const eventsFor = (snapshot: { value: unknown }): SecurityCardEvent[] => {
    const own = statesByName[String(snapshot.value)]?.ownEvents ?? [];
    const descriptors = [...securityCardMachine.root.ownEvents, ...own];
    return descriptors.flatMap((type) => payloads[type] ?? [{ type }]) as SecurityCardEvent[];
  };
  const paths = getShortestPaths(securityCardMachine, { input: { pin: PIN }, events: eventsFor });

  it('reaches every state of the machine', () => {
    const reached = new Set(paths.map((path) => String(path.state.value)));
    const declared = Object.keys(securityCardMachine.root.states);
    expect(new Set(declared)).toEqual(new Set(SECURITY_CARD_STATES));
    expect(reached).toEqual(new Set(declared));
  });

  it('replays the shortest path to each state on a real actor with a simulated clock', async () => {
    const replayCard = securityCardMachine.provide({
      actors: {
        computeResponse: fromPromise<string, ComputeResponseInput>(async () => RESPONSE),
      },
    });
    const delays: Record<string, number> = { inactivity: INACTIVITY_MS, errorDisplay: ERROR_DISPLAY_MS };
    const shortest = new Map<string, (typeof paths)[number]>();
    for (const path of paths) {
      const value = String(path.state.value);
      const known = shortest.get(value);
      if (known === undefined || path.steps.length < known.steps.length) shortest.set(value, path);
    }
    expect(shortest.size).toBe(SECURITY_CARD_STATES.length);
    for (const [value, path] of shortest) {
      const clock = new SimulatedClock();
      const actor = createActor(replayCard, { clock, input: { pin: PIN } }).start();
      for (const { event } of path.steps) {
        const type: string = event.type;
        if (type.startsWith('xstate.after.')) {
          // xstate.after.<delay name>.<state id>
          const delay = delays[type.split('.')[2] ?? ''];
          expect(delay, type).toBeDefined();
          clock.increment(delay ?? 0);
        } else if (type === 'xstate.done.actor.computeResponse') {
          await waitFor(actor, (s) => !s.matches('computing'));
        } else if (type !== 'xstate.init') {
          actor.send(event);
        }
      }
      const route = path.steps.map((step) => step.event.type).join(' → ');
      expect(String(actor.getSnapshot().value), route).toBe(value);
      actor.stop();
    }
  });
});

describe('securityCardMachine: step hints', () => {
  it('has a step hint for every state in both locales (simulator:steps.card.<state>)', () => {
    for (const locale of [en, itLocale]) {
      const hints: Record<string, unknown> = locale.steps.card;
      expect(Object.keys(hints).sort()).toEqual([...SECURITY_CARD_STATES].sort());
    }
  });
});
