// The practice login screen: credentials, the challenge and its countdown on a simulated clock, response checks
// against a real OCRA computation, expiry, looks and reset.
import { describe, it, expect } from 'vitest';
import { assign, createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import {
  CHALLENGE_VALIDITY_SECONDS,
  COUNTDOWN_TICK_MS,
  EXPIRY_WARNING_SECONDS,
  MAX_WRONG_RESPONSES,
  RESPONSE_CHECK_MS,
  practiceLoginMachine,
  type ComputeResponseInput,
  type PracticeLoginEmitted,
  type PracticeLoginEvent,
  type PracticeLoginInput,
} from '../../../src/machines/practice-login.ts';
import {
  LOGIN_LOOKS,
  credentialErrors,
  isResponseFormat,
  type LoginErrorCode,
  type LoginLook,
} from '../../../src/machines/login-form.ts';
import { ocra } from '../../../src/machines/ocra.ts';
import en from '../../../content/locales/en/simulator.json' with { type: 'json' };
import itLocale from '../../../content/locales/it/simulator.json' with { type: 'json' };

const SUITE = 'OCRA-1:HOTP-SHA1-8:QN06';
// RFC 6287's 20-byte test key ("12345678901234567890").
const KEY = '3132333435363738393031323334353637383930';
const VALIDITY_MS = CHALLENGE_VALIDITY_SECONDS * 1000;

const practiceResponse = (challenge: string) => ocra(SUITE, KEY, { question: challenge });

/** A login screen whose challenges come from a fixed list, in turn, so every run is the same. */
function startLogin(challenges: readonly string[] = ['123456', '654321', '000777'], input?: PracticeLoginInput) {
  let next = 0;
  const machine = practiceLoginMachine.provide({
    actions: {
      generateChallenge: assign({ challenge: () => challenges[next++ % challenges.length] ?? '' }),
    },
    actors: {
      computeResponse: fromPromise<string, ComputeResponseInput>(({ input }) => practiceResponse(input.challenge)),
    },
  });
  const clock = new SimulatedClock();
  const actor = createActor(machine, input === undefined ? { clock } : { clock, input }).start();
  const send = (event: PracticeLoginEvent) => actor.send(event);
  const snapshot = () => actor.getSnapshot();
  /**
   * Lets time pass tick by tick: SimulatedClock schedules a timer set while it fires from the already advanced
   * time, so one big jump would run only one countdown tick.
   */
  const advance = (ms: number) => {
    for (let left = ms; left > 0; left -= COUNTDOWN_TICK_MS) clock.increment(Math.min(left, COUNTDOWN_TICK_MS));
  };
  const logIn = () => send({ type: 'login.credentials', userName: 'practice', password: 'secret' });
  /** Submits a response and waits for the check to finish (the check's time passes on the simulated clock). */
  const submit = async (response: string) => {
    send({ type: 'login.submit', response });
    advance(RESPONSE_CHECK_MS);
    return waitFor(actor, (s) => !s.matches({ challenge: { form: 'checking' } }));
  };
  return { actor, clock, advance, send, snapshot, logIn, submit };
}

describe('practiceLoginMachine: user name and password', () => {
  it('starts on the credentials form with the TWS look and nothing on screen', () => {
    const l = startLogin();
    expect(l.snapshot().value).toBe('credentials');
    expect(l.snapshot().context).toEqual({
      look: 'tws',
      challenge: '',
      remainingSeconds: 0,
      wrongResponses: 0,
      errors: [],
      pendingResponse: '',
    });
  });

  it('reports each empty field, in field order, and stays on the form', () => {
    const l = startLogin();
    l.send({ type: 'login.credentials', userName: '', password: '' });
    expect(l.snapshot().value).toBe('credentials');
    expect(l.snapshot().context.errors).toEqual(['userNameEmpty', 'passwordEmpty']);
    l.send({ type: 'login.credentials', userName: '  ', password: 'x' });
    expect(l.snapshot().context.errors).toEqual(['userNameEmpty']);
    l.send({ type: 'login.credentials', userName: 'me', password: '' });
    expect(l.snapshot().context.errors).toEqual(['passwordEmpty']);
    expect(credentialErrors('me', 'pw')).toEqual([]);
  });

  it('accepts any non-empty user name and password, shows a challenge and keeps neither', () => {
    const l = startLogin();
    l.send({ type: 'login.credentials', userName: 'my-real-name', password: 'hunter2' });
    expect(l.snapshot().matches('challenge')).toBe(true);
    expect(l.snapshot().matches({ challenge: { countdown: 'running', form: 'editing' } })).toBe(true);
    expect(l.snapshot().context.challenge).toBe('123456');
    expect(l.snapshot().context.errors).toEqual([]);
    const kept = JSON.stringify(l.snapshot().context);
    expect(kept).not.toContain('my-real-name');
    expect(kept).not.toContain('hunter2');
  });

  it('generates 6-digit challenges by default', () => {
    const actor = createActor(practiceLoginMachine, { clock: new SimulatedClock() }).start();
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      actor.send({ type: 'login.credentials', userName: 'a', password: 'b' });
      const { challenge } = actor.getSnapshot().context;
      expect(challenge).toMatch(/^[0-9]{6}$/);
      seen.add(challenge);
      actor.send({ type: 'login.reset' });
    }
    // 20 draws from a million values: a repeat-only run would mean the generator is broken.
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe('practiceLoginMachine: the response', () => {
  it('rejects letters and anything but exactly 8 digits as a format error, without counting a try', async () => {
    const l = startLogin();
    l.logIn();
    for (const response of ['', '1234567', '123456789', '1234567a', 'abcdefgh', '1234 5678', '１２３４５６７８']) {
      l.send({ type: 'login.submit', response });
      expect(l.snapshot().matches({ challenge: { form: 'editing' } }), response).toBe(true);
      expect(l.snapshot().context.errors, response).toEqual(['responseFormat']);
    }
    expect(l.snapshot().context.wrongResponses).toBe(0);
    expect(isResponseFormat(' 12345678 ')).toBe(true);
  });

  it('reports 8 wrong digits as a wrong response and lets you try again', async () => {
    const l = startLogin();
    l.logIn();
    const right = await practiceResponse('123456');
    const wrong = right === '00000000' ? '11111111' : '00000000';
    const after = await l.submit(wrong);
    expect(after.matches({ challenge: { form: 'editing' } })).toBe(true);
    expect(after.context.errors).toEqual(['responseWrong']);
    expect(after.context.wrongResponses).toBe(1);
    expect(after.context.pendingResponse).toBe('');
    expect(after.context.challenge).toBe('123456');
  });

  it('logs in with the response the practice card computes for the challenge', async () => {
    const l = startLogin();
    l.logIn();
    const response = await practiceResponse(l.snapshot().context.challenge);
    const after = await l.submit(response);
    expect(after.value).toBe('success');
    // The challenge and the typed response are forgotten once the step is over.
    expect(after.context.challenge).toBe('');
    expect(after.context.pendingResponse).toBe('');
    expect(after.context.errors).toEqual([]);
  });

  it('accepts the right response with spaces around it', async () => {
    const l = startLogin();
    l.logIn();
    const after = await l.submit(` ${await practiceResponse('123456')} `);
    expect(after.value).toBe('success');
  });

  it('clears an earlier error when the right response follows', async () => {
    const l = startLogin();
    l.logIn();
    l.send({ type: 'login.submit', response: 'abc' });
    const after = await l.submit(await practiceResponse('123456'));
    expect(after.value).toBe('success');
    expect(after.context.errors).toEqual([]);
  });

  it(`sends you back to the user name and password after ${MAX_WRONG_RESPONSES} wrong responses`, async () => {
    const l = startLogin();
    l.logIn();
    const right = await practiceResponse('123456');
    const wrong = right === '00000000' ? '11111111' : '00000000';
    for (let i = 1; i < MAX_WRONG_RESPONSES; i++) {
      const after = await l.submit(wrong);
      expect(after.context.errors).toEqual(['responseWrong']);
    }
    const after = await l.submit(wrong);
    expect(after.value).toBe('credentials');
    expect(after.context.errors).toEqual(['tooManyWrongResponses']);
    expect(after.context.challenge).toBe('');
    // A fresh login starts a fresh count with a new challenge.
    l.logIn();
    expect(l.snapshot().context.challenge).toBe('654321');
    expect(l.snapshot().context.wrongResponses).toBe(0);
    expect(l.snapshot().context.errors).toEqual([]);
  });

  it('ignores a second submission while the first is being checked', async () => {
    const l = startLogin();
    l.logIn();
    l.send({ type: 'login.submit', response: await practiceResponse('123456') });
    l.send({ type: 'login.submit', response: 'abc' });
    l.advance(RESPONSE_CHECK_MS);
    const after = await waitFor(l.actor, (s) => !s.matches({ challenge: { form: 'checking' } }));
    expect(after.value).toBe('success');
  });

  it('counts a double Log in (a second submit while the check runs) as one try', async () => {
    const l = startLogin();
    l.logIn();
    const wrong = (await practiceResponse('123456')) === '00000000' ? '11111111' : '00000000';
    l.send({ type: 'login.submit', response: wrong });
    l.advance(100);
    l.send({ type: 'login.submit', response: wrong });
    l.advance(RESPONSE_CHECK_MS - 101);
    l.send({ type: 'login.submit', response: wrong });
    expect(l.snapshot().matches({ challenge: { form: 'checking' } })).toBe(true);
    l.advance(1);
    const after = await waitFor(l.actor, (s) => !s.matches({ challenge: { form: 'checking' } }));
    expect(after.context.wrongResponses).toBe(1);
    expect(after.context.errors).toEqual(['responseWrong']);
    // Once the check is over, Log in counts again.
    await l.submit(wrong);
    expect(l.snapshot().context.wrongResponses).toBe(2);
  });

  it('ignores a second submit of the last wrong response, so the form behind it is not sent', async () => {
    const l = startLogin();
    l.logIn();
    const wrong = (await practiceResponse('123456')) === '00000000' ? '11111111' : '00000000';
    for (let i = 1; i < MAX_WRONG_RESPONSES; i++) await l.submit(wrong);
    l.send({ type: 'login.submit', response: wrong });
    l.send({ type: 'login.submit', response: wrong });
    l.advance(RESPONSE_CHECK_MS);
    const after = await waitFor(l.actor, (s) => s.value === 'credentials');
    expect(after.context.errors).toEqual(['tooManyWrongResponses']);
  });

  it('reports a failed check without counting a wrong response', async () => {
    const machine = practiceLoginMachine.provide({
      actions: { generateChallenge: assign({ challenge: '123456' }) },
      actors: {
        computeResponse: fromPromise<string, ComputeResponseInput>(async () => {
          throw new Error('no crypto');
        }),
      },
    });
    const clock = new SimulatedClock();
    const actor = createActor(machine, { clock }).start();
    actor.send({ type: 'login.credentials', userName: 'a', password: 'b' });
    actor.send({ type: 'login.submit', response: '12345678' });
    clock.increment(RESPONSE_CHECK_MS);
    const after = await waitFor(actor, (s) => !s.matches({ challenge: { form: 'checking' } }));
    expect(after.matches({ challenge: { form: 'editing' } })).toBe(true);
    expect(after.context.errors).toEqual(['checkFailed']);
    expect(after.context.wrongResponses).toBe(0);
  });
});

describe('practiceLoginMachine: countdown and expiry', () => {
  it(`counts down once a second from ${CHALLENGE_VALIDITY_SECONDS}`, () => {
    const l = startLogin();
    l.logIn();
    expect(l.snapshot().context.remainingSeconds).toBe(CHALLENGE_VALIDITY_SECONDS);
    l.advance(COUNTDOWN_TICK_MS - 1);
    expect(l.snapshot().context.remainingSeconds).toBe(CHALLENGE_VALIDITY_SECONDS);
    l.advance(1);
    expect(l.snapshot().context.remainingSeconds).toBe(CHALLENGE_VALIDITY_SECONDS - 1);
    l.advance(10 * COUNTDOWN_TICK_MS);
    expect(l.snapshot().context.remainingSeconds).toBe(CHALLENGE_VALIDITY_SECONDS - 11);
  });

  it('expires exactly when the validity runs out, and forgets the challenge', () => {
    const l = startLogin();
    l.logIn();
    l.advance(VALIDITY_MS - COUNTDOWN_TICK_MS);
    expect(l.snapshot().matches('challenge')).toBe(true);
    expect(l.snapshot().context.remainingSeconds).toBe(1);
    l.advance(COUNTDOWN_TICK_MS);
    expect(l.snapshot().value).toBe('expired');
    expect(l.snapshot().context.remainingSeconds).toBe(0);
    expect(l.snapshot().context.challenge).toBe('');
  });

  it('keeps counting while a response is being checked', async () => {
    const l = startLogin();
    l.logIn();
    l.advance(5 * COUNTDOWN_TICK_MS);
    await l.submit('00000000');
    l.advance(COUNTDOWN_TICK_MS);
    expect(l.snapshot().context.remainingSeconds).toBe(CHALLENGE_VALIDITY_SECONDS - 6);
  });

  it('does not accept a response once the challenge has expired', async () => {
    const l = startLogin();
    l.logIn();
    const response = await practiceResponse('123456');
    l.advance(VALIDITY_MS);
    l.send({ type: 'login.submit', response });
    expect(l.snapshot().value).toBe('expired');
  });

  it('"new challenge" after expiry starts again from the user name and password, then shows a new challenge', () => {
    const l = startLogin();
    l.logIn();
    l.advance(VALIDITY_MS);
    l.send({ type: 'login.newChallenge' });
    expect(l.snapshot().value).toBe('credentials');
    expect(l.snapshot().context.errors).toEqual([]);
    l.logIn();
    expect(l.snapshot().context.challenge).toBe('654321');
    expect(l.snapshot().context.remainingSeconds).toBe(CHALLENGE_VALIDITY_SECONDS);
  });

  it('ignores "new challenge" before expiry', () => {
    const l = startLogin();
    l.logIn();
    l.send({ type: 'login.newChallenge' });
    expect(l.snapshot().matches('challenge')).toBe(true);
    expect(l.snapshot().context.challenge).toBe('123456');
  });

  it('stops the countdown after a successful login', async () => {
    const l = startLogin();
    l.logIn();
    await l.submit(await practiceResponse('123456'));
    l.advance(2 * VALIDITY_MS);
    expect(l.snapshot().value).toBe('success');
  });
});

describe('practiceLoginMachine: more time', () => {
  it('gives the same challenge the full time again, keeping the wrong tries', async () => {
    const l = startLogin();
    l.logIn();
    await l.submit('00000000');
    l.advance(VALIDITY_MS - EXPIRY_WARNING_SECONDS * COUNTDOWN_TICK_MS);
    expect(l.snapshot().context.remainingSeconds).toBe(EXPIRY_WARNING_SECONDS);
    l.send({ type: 'login.extend' });
    expect(l.snapshot().context.remainingSeconds).toBe(CHALLENGE_VALIDITY_SECONDS);
    expect(l.snapshot().context.challenge).toBe('123456');
    expect(l.snapshot().context.wrongResponses).toBe(1);
    expect(l.snapshot().context.errors).toEqual(['responseWrong']);
    // The warning comes early enough for WCAG 2.2.1 (at least 20 seconds).
    expect(EXPIRY_WARNING_SECONDS).toBeGreaterThanOrEqual(20);
    l.advance(VALIDITY_MS - COUNTDOWN_TICK_MS);
    expect(l.snapshot().matches('challenge')).toBe(true);
    l.advance(COUNTDOWN_TICK_MS);
    expect(l.snapshot().value).toBe('expired');
  });

  it('still logs in with the response for the same challenge after more time', async () => {
    const l = startLogin();
    l.logIn();
    l.advance(100 * COUNTDOWN_TICK_MS);
    l.send({ type: 'login.extend' });
    const after = await l.submit(await practiceResponse('123456'));
    expect(after.value).toBe('success');
  });

  it('means nothing outside the challenge step', async () => {
    const l = startLogin();
    l.send({ type: 'login.extend' });
    expect(l.snapshot().value).toBe('credentials');
    expect(l.snapshot().context.remainingSeconds).toBe(0);
    l.logIn();
    l.advance(VALIDITY_MS);
    l.send({ type: 'login.extend' });
    expect(l.snapshot().value).toBe('expired');
    expect(l.snapshot().context.remainingSeconds).toBe(0);
  });
});

describe('practiceLoginMachine: looks and reset', () => {
  it('switches the look at any step and keeps the step', () => {
    const l = startLogin();
    for (const look of LOGIN_LOOKS) {
      l.send({ type: 'login.look', look });
      expect(l.snapshot().context.look).toBe(look);
    }
    l.logIn();
    l.send({ type: 'login.look', look: 'client-portal' });
    expect(l.snapshot().context.look).toBe('client-portal');
    expect(l.snapshot().context.challenge).toBe('123456');
    l.advance(VALIDITY_MS);
    l.send({ type: 'login.look', look: 'webtrader' });
    expect(l.snapshot().value).toBe('expired');
    expect(l.snapshot().context.look).toBe('webtrader');
  });

  it('ignores an unknown look', () => {
    const l = startLogin();
    l.send({ type: 'login.look', look: 'ibkr-mobile' as LoginLook });
    expect(l.snapshot().context.look).toBe('tws');
  });

  it('starts with the look given as input', () => {
    expect(startLogin(undefined, { look: 'webtrader' }).snapshot().context.look).toBe('webtrader');
  });

  it('Reset goes back to an empty credentials form from every step, keeping the look', async () => {
    const fresh = {
      challenge: '',
      remainingSeconds: 0,
      wrongResponses: 0,
      errors: [],
      pendingResponse: '',
    };

    const withErrors = startLogin();
    withErrors.send({ type: 'login.credentials', userName: '', password: '' });
    withErrors.send({ type: 'login.reset' });
    expect(withErrors.snapshot().value).toBe('credentials');
    expect(withErrors.snapshot().context).toEqual({ look: 'tws', ...fresh });

    const challenge = startLogin();
    challenge.send({ type: 'login.look', look: 'client-portal' });
    challenge.logIn();
    await challenge.submit('00000000');
    challenge.send({ type: 'login.reset' });
    expect(challenge.snapshot().value).toBe('credentials');
    expect(challenge.snapshot().context).toEqual({ look: 'client-portal', ...fresh });
    // The old countdown is gone: time passing changes nothing.
    challenge.advance(2 * VALIDITY_MS);
    expect(challenge.snapshot().value).toBe('credentials');

    const expired = startLogin();
    expired.logIn();
    expired.advance(VALIDITY_MS);
    expired.send({ type: 'login.reset' });
    expect(expired.snapshot().value).toBe('credentials');

    const success = startLogin();
    success.logIn();
    await success.submit(await practiceResponse('123456'));
    success.send({ type: 'login.reset' });
    expect(success.snapshot().value).toBe('credentials');
    expect(success.snapshot().context).toEqual({ look: 'tws', ...fresh });
  });
});

describe('practiceLoginMachine: texts the page needs', () => {
  const errorCodes: readonly LoginErrorCode[] = [
    'userNameEmpty',
    'passwordEmpty',
    'responseFormat',
    'responseWrong',
    'tooManyWrongResponses',
    'checkFailed',
  ];

  it('has a step hint for every top-level state, an error text for every code and a name for every look', () => {
    const states = Object.keys(practiceLoginMachine.root.states).sort();
    for (const locale of [en, itLocale]) {
      expect(Object.keys(locale.steps.login).sort()).toEqual(states);
      const errors: Record<string, unknown> = locale.login.errors;
      for (const code of errorCodes) expect(typeof errors[code], code).toBe('string');
      expect(Object.keys(locale.login.looks).sort()).toEqual([...LOGIN_LOOKS].sort());
    }
  });
});

describe('practiceLoginMachine: what it tells the page (emitted events)', () => {
  /** Every event the machine emits from now on, with the step it was in when the page heard it. */
  function record(l: ReturnType<typeof startLogin>) {
    const heard: Array<{ event: PracticeLoginEmitted; step: string }> = [];
    l.actor.on('*', (event) => {
      const value = l.actor.getSnapshot().value;
      heard.push({ event, step: typeof value === 'string' ? value : Object.keys(value)[0]! });
    });
    const events = () => heard.map((h) => h.event);
    const clear = () => (heard.length = 0);
    return { heard, events, clear };
  }
  const wrongFor = async (challenge: string) =>
    (await practiceResponse(challenge)) === '00000000' ? '11111111' : '00000000';

  it('says nothing on its own at the start', () => {
    const l = startLogin();
    const r = record(l);
    l.advance(10 * VALIDITY_MS);
    expect(r.events()).toEqual([]);
  });

  it('reports credential errors with their codes, and a new challenge once they are accepted', () => {
    const l = startLogin();
    const r = record(l);
    l.send({ type: 'login.credentials', userName: '', password: '' });
    l.send({ type: 'login.credentials', userName: 'me', password: ' ' });
    l.logIn();
    expect(r.events()).toEqual([
      { type: 'login.rejected', errors: ['userNameEmpty', 'passwordEmpty'] },
      { type: 'login.rejected', errors: ['passwordEmpty'] },
      { type: 'login.challengeShown' },
    ]);
    // The page hears of the challenge once the machine is in it, so it can show the view and move focus there.
    expect(r.heard.at(-1)?.step).toBe('challenge');
  });

  it('reports a badly formed response at once, and a wrong one when its check is over', async () => {
    const l = startLogin();
    l.logIn();
    const r = record(l);
    l.send({ type: 'login.submit', response: '12ab' });
    expect(r.events()).toEqual([{ type: 'login.rejected', errors: ['responseFormat'] }]);
    r.clear();
    l.send({ type: 'login.submit', response: await wrongFor('123456') });
    // Nothing yet: the check takes RESPONSE_CHECK_MS.
    l.advance(RESPONSE_CHECK_MS - 1);
    expect(r.events()).toEqual([]);
    l.advance(1);
    await waitFor(l.actor, (s) => s.matches({ challenge: { form: 'editing' } }));
    expect(r.events()).toEqual([{ type: 'login.rejected', errors: ['responseWrong'] }]);
  });

  it('reports a failed check', async () => {
    const machine = practiceLoginMachine.provide({
      actions: { generateChallenge: assign({ challenge: '123456' }) },
      actors: {
        computeResponse: fromPromise<string, ComputeResponseInput>(async () => {
          throw new Error('no crypto');
        }),
      },
    });
    const clock = new SimulatedClock();
    const actor = createActor(machine, { clock }).start();
    const events: PracticeLoginEmitted[] = [];
    actor.on('login.rejected', (event) => events.push(event));
    actor.send({ type: 'login.credentials', userName: 'a', password: 'b' });
    actor.send({ type: 'login.submit', response: '12345678' });
    clock.increment(RESPONSE_CHECK_MS);
    await waitFor(actor, (s) => s.matches({ challenge: { form: 'editing' } }));
    expect(events).toEqual([{ type: 'login.rejected', errors: ['checkFailed'] }]);
  });

  it('reports the last wrong response as too many, once back on the user name and password', async () => {
    const l = startLogin();
    l.logIn();
    const r = record(l);
    const wrong = await wrongFor('123456');
    for (let i = 0; i < MAX_WRONG_RESPONSES; i++) await l.submit(wrong);
    expect(r.events().at(-1)).toEqual({ type: 'login.rejected', errors: ['tooManyWrongResponses'] });
    expect(r.heard.at(-1)?.step).toBe('credentials');
    expect(r.events().filter((e) => e.type === 'login.rejected')).toHaveLength(MAX_WRONG_RESPONSES);
  });

  it('reports a double Log in once, as the one try it is', async () => {
    const l = startLogin();
    l.logIn();
    const r = record(l);
    const wrong = await wrongFor('123456');
    l.send({ type: 'login.submit', response: wrong });
    l.advance(100);
    l.send({ type: 'login.submit', response: wrong });
    l.advance(RESPONSE_CHECK_MS - 101);
    l.send({ type: 'login.submit', response: wrong });
    l.advance(1);
    const after = await waitFor(l.actor, (s) => !s.matches({ challenge: { form: 'checking' } }));
    expect(after.context.wrongResponses).toBe(1);
    expect(r.events()).toEqual([{ type: 'login.rejected', errors: ['responseWrong'] }]);
    // Once the check is over, Log in counts again.
    await l.submit(wrong);
    expect(l.snapshot().context.wrongResponses).toBe(2);
  });

  it('reports the last wrong response once when Log in is pressed twice', async () => {
    const l = startLogin();
    l.logIn();
    const wrong = await wrongFor('123456');
    for (let i = 1; i < MAX_WRONG_RESPONSES; i++) await l.submit(wrong);
    const r = record(l);
    l.send({ type: 'login.submit', response: wrong });
    l.send({ type: 'login.submit', response: wrong });
    l.advance(RESPONSE_CHECK_MS);
    const after = await waitFor(l.actor, (s) => s.value === 'credentials');
    expect(after.context.errors).toEqual(['tooManyWrongResponses']);
    expect(r.events()).toEqual([{ type: 'login.rejected', errors: ['tooManyWrongResponses'] }]);
  });

  it(`warns once, ${EXPIRY_WARNING_SECONDS} s before the challenge expires, then reports the expiry`, () => {
    const l = startLogin();
    l.logIn();
    const r = record(l);
    l.advance(VALIDITY_MS - EXPIRY_WARNING_SECONDS * COUNTDOWN_TICK_MS - COUNTDOWN_TICK_MS);
    expect(r.events()).toEqual([]);
    l.advance(COUNTDOWN_TICK_MS);
    expect(r.events()).toEqual([{ type: 'login.expiryWarning', remainingSeconds: EXPIRY_WARNING_SECONDS }]);
    expect(l.snapshot().context.remainingSeconds).toBe(EXPIRY_WARNING_SECONDS);
    l.advance(EXPIRY_WARNING_SECONDS * COUNTDOWN_TICK_MS);
    expect(r.events()).toEqual([
      { type: 'login.expiryWarning', remainingSeconds: EXPIRY_WARNING_SECONDS },
      { type: 'login.expired' },
    ]);
    expect(r.heard.at(-1)?.step).toBe('expired');
  });

  it('reports more time with the seconds granted, and warns again before the new limit', () => {
    const l = startLogin();
    l.logIn();
    const r = record(l);
    l.advance(VALIDITY_MS - EXPIRY_WARNING_SECONDS * COUNTDOWN_TICK_MS);
    l.send({ type: 'login.extend' });
    expect(r.events()).toEqual([
      { type: 'login.expiryWarning', remainingSeconds: EXPIRY_WARNING_SECONDS },
      { type: 'login.timeExtended', remainingSeconds: CHALLENGE_VALIDITY_SECONDS },
    ]);
    r.clear();
    l.advance(VALIDITY_MS - EXPIRY_WARNING_SECONDS * COUNTDOWN_TICK_MS);
    expect(r.events()).toEqual([{ type: 'login.expiryWarning', remainingSeconds: EXPIRY_WARNING_SECONDS }]);
  });

  it('reports success', async () => {
    const l = startLogin();
    l.logIn();
    const r = record(l);
    await l.submit(await practiceResponse('123456'));
    expect(r.events()).toEqual([{ type: 'login.succeeded' }]);
    expect(r.heard[0]?.step).toBe('success');
  });

  it('reports a restart from every step: Reset, and a new challenge after expiry', async () => {
    const l = startLogin();
    const r = record(l);
    l.send({ type: 'login.reset' });
    l.logIn();
    l.send({ type: 'login.reset' });
    l.logIn();
    l.advance(VALIDITY_MS);
    l.send({ type: 'login.newChallenge' });
    l.logIn();
    await l.submit(await practiceResponse('000777'));
    l.send({ type: 'login.reset' });
    expect(r.events().map((e) => e.type)).toEqual([
      'login.restarted',
      'login.challengeShown',
      'login.restarted',
      'login.challengeShown',
      'login.expiryWarning',
      'login.expired',
      'login.restarted',
      'login.challengeShown',
      'login.succeeded',
      'login.restarted',
    ]);
    expect(r.heard.filter((h) => h.event.type === 'login.restarted').map((h) => h.step)).toEqual([
      'credentials',
      'credentials',
      'credentials',
      'credentials',
    ]);
  });
});
