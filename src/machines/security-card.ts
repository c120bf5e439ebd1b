// The practice Digital Security Card+ as a pure XState machine: keys in, display state out.
// The steps PIN> -> PIN -> OK -> CHALLNG> -> challenge -> OK -> response are the real card's (IBKR article 2634);
// every other rule here (lock, power-off, error handling) is the practice card's own, exported so the page can state it.
import { assign, emit, fromPromise, not, setup, type SnapshotFrom } from 'xstate';
import { CHALLENGE_LENGTH, PIN_LENGTH } from './code-lengths.ts';

/** The practice PIN when the page sets none. */
export const DEFAULT_PRACTICE_PIN = '1234';

// Practice-card choices: IBKR's public articles do not say what a real card does here.
/** In the practice card, this many wrong PINs in a row lock the card until Reset. */
export const MAX_WRONG_PINS = 3;
/** In the practice card, the card turns itself off after this many seconds without a key press. */
export const INACTIVITY_SECONDS = 60;
/** In the practice card, an error stays on the display this long before the card asks again. */
export const ERROR_DISPLAY_MS = 2000;
/**
 * In the practice card, "press" while the card is on turns it off (a power button), clearing what was typed.
 * The current DSC+ has no correction key (only "press", digits and OK), so none is modelled: to correct a typing
 * mistake press "press" twice to start over, or press OK before all digits are typed (the card shows its error and
 * asks again; a short PIN does not count as a wrong one).
 */
export const PRESS_WHILE_ON = 'powerOff';

/** Why the practice card shows its error word; the page maps each code to an explanation. */
export const CARD_ERROR_CODES = ['pinWrong', 'pinLength', 'challengeLength', 'computeFailed'] as const;
export type CardErrorCode = (typeof CARD_ERROR_CODES)[number];
/** Why a new practice PIN was not taken: not 4 digits, or the card is on. */
export type PinRefusal = 'pinFormat' | 'cardOn';

export interface SecurityCardContext {
  /** The practice PIN the card accepts. */
  pin: string;
  /** Digits typed on the current screen (PIN or challenge). Held in memory only. */
  input: string;
  /** Wrong PINs in a row; a right PIN sets it back to 0. */
  wrongPins: number;
  /** The response on display; empty when none is shown. */
  response: string;
  /** Why the card shows its error word, while it does. */
  errorCode: CardErrorCode | null;
}

export type SecurityCardEvent =
  | { type: 'card.press' }
  | { type: 'card.digit'; digit: string }
  | { type: 'card.ok' }
  | { type: 'card.reset' }
  | { type: 'card.setPin'; pin: string };

/** What the card tells the page as it happens (`actor.on(type, ...)`); the page says it in words. */
export type SecurityCardEmitted =
  | { type: 'card.poweredOff' }
  | { type: 'card.pinChanged'; pin: string }
  | { type: 'card.pinRefused'; reason: PinRefusal };

export interface SecurityCardInput {
  pin?: string;
}

export interface ComputeResponseInput {
  challenge: string;
}

const isDigit = (value: string): boolean => /^[0-9]$/.test(value);
/** True for a string of exactly PIN_LENGTH digits. */
export const isPinFormat = (pin: string): boolean => new RegExp(`^[0-9]{${PIN_LENGTH}}$`).test(pin);

export const securityCardMachine = setup({
  types: {
    context: {} as SecurityCardContext,
    events: {} as SecurityCardEvent,
    emitted: {} as SecurityCardEmitted,
    input: {} as SecurityCardInput | undefined,
  },
  actors: {
    // The page and the tests provide the real computation (OCRA over the practice key) with machine.provide().
    computeResponse: fromPromise<string, ComputeResponseInput>(async () => {
      throw new Error('computeResponse not provided');
    }),
  },
  delays: {
    inactivity: INACTIVITY_SECONDS * 1000,
    errorDisplay: ERROR_DISPLAY_MS,
  },
  guards: {
    isDigit: (_, params: { digit: string }) => isDigit(params.digit),
    inputHasLength: ({ context }, params: { length: number }) => context.input.length === params.length,
    isPinRight: ({ context }) => context.input === context.pin,
    isLastPinAttempt: ({ context }) => context.wrongPins + 1 >= MAX_WRONG_PINS,
    isLocked: ({ context }) => context.wrongPins >= MAX_WRONG_PINS,
    isPinFormat: (_, params: { pin: string }) => isPinFormat(params.pin),
  },
  actions: {
    // A digit beyond the screen's length is not added (see the typing states).
    appendDigit: assign({
      input: ({ context }, params: { digit: string; max: number }) =>
        context.input.length < params.max ? context.input + params.digit : context.input,
    }),
    clearInput: assign({ input: '' }),
    // Powering off forgets everything typed or shown; only the PIN and the wrong-PIN count survive.
    clearSession: assign({ input: '', response: '', errorCode: null }),
    countWrongPin: assign({ wrongPins: ({ context }) => context.wrongPins + 1 }),
    forgiveWrongPins: assign({ wrongPins: 0 }),
    setError: assign({ errorCode: (_, params: { code: CardErrorCode }) => params.code }),
    clearError: assign({ errorCode: null }),
    storeResponse: assign({ response: (_, params: { response: string }) => params.response }),
    setPin: assign({ pin: (_, params: { pin: string }) => params.pin }),
    // Reset keeps the chosen practice PIN and unlocks the card.
    resetCard: assign({ input: '', response: '', errorCode: null, wrongPins: 0 }),
    emitPoweredOff: emit({ type: 'card.poweredOff' }),
    emitPinChanged: emit(({ context }) => ({ type: 'card.pinChanged', pin: context.pin }) as const),
    emitPinRefused: emit(
      (_, params: { reason: PinRefusal }) => ({ type: 'card.pinRefused', reason: params.reason }) as const,
    ),
  },
}).createMachine({
  id: 'securityCard',
  context: ({ input }) => ({
    pin: input?.pin !== undefined && isPinFormat(input.pin) ? input.pin : DEFAULT_PRACTICE_PIN,
    input: '',
    wrongPins: 0,
    response: '',
    errorCode: null,
  }),
  initial: 'off',
  on: {
    'card.reset': { target: '.off', actions: 'resetCard' },
    // A new practice PIN is taken only while the card is off (see off), so a half-typed PIN never meets a new one.
    // Anywhere else a well-formed PIN is refused because the card is on; a malformed one, for its format.
    'card.setPin': [
      {
        guard: { type: 'isPinFormat', params: ({ event }) => event },
        actions: { type: 'emitPinRefused', params: { reason: 'cardOn' } },
      },
      { actions: { type: 'emitPinRefused', params: { reason: 'pinFormat' } } },
    ],
  },
  states: {
    off: {
      entry: ['clearSession', 'emitPoweredOff'],
      on: {
        'card.press': [{ guard: 'isLocked', target: 'locked' }, { target: 'pin' }],
        // A PIN in the wrong format falls through to the refusal on the root.
        'card.setPin': {
          guard: { type: 'isPinFormat', params: ({ event }) => event },
          actions: [{ type: 'setPin', params: ({ event }) => event }, 'emitPinChanged'],
        },
      },
    },
    pin: {
      tags: 'powered',
      // Every key press re-enters the state, which restarts this timer.
      after: { inactivity: 'off' },
      on: {
        'card.press': 'off',
        'card.digit': {
          // A digit beyond the PIN length is a key press all the same: it keeps the card awake but is not added.
          guard: { type: 'isDigit', params: ({ event }) => event },
          target: 'pin',
          reenter: true,
          actions: { type: 'appendDigit', params: ({ event }) => ({ digit: event.digit, max: PIN_LENGTH }) },
        },
        'card.ok': [
          // A PIN of the wrong length is a typing slip, not a wrong PIN: it does not count towards the lock.
          {
            guard: not({ type: 'inputHasLength', params: { length: PIN_LENGTH } }),
            target: 'pinError',
            actions: { type: 'setError', params: { code: 'pinLength' } },
          },
          { guard: 'isPinRight', target: 'challenge', actions: ['forgiveWrongPins', 'clearInput'] },
          { guard: 'isLastPinAttempt', target: 'locked', actions: 'countWrongPin' },
          { target: 'pinError', actions: ['countWrongPin', { type: 'setError', params: { code: 'pinWrong' } }] },
        ],
      },
    },
    pinError: {
      tags: 'powered',
      entry: 'clearInput',
      exit: 'clearError',
      after: { errorDisplay: 'pin' },
      on: { 'card.press': 'off' },
    },
    locked: {
      tags: 'powered',
      entry: 'clearInput',
      after: { inactivity: 'off' },
      on: {
        'card.press': 'off',
        'card.digit': {
          guard: { type: 'isDigit', params: ({ event }) => event },
          target: 'locked',
          reenter: true,
        },
        'card.ok': { target: 'locked', reenter: true },
      },
    },
    challenge: {
      tags: 'powered',
      after: { inactivity: 'off' },
      on: {
        'card.press': 'off',
        'card.digit': {
          guard: { type: 'isDigit', params: ({ event }) => event },
          target: 'challenge',
          reenter: true,
          actions: { type: 'appendDigit', params: ({ event }) => ({ digit: event.digit, max: CHALLENGE_LENGTH }) },
        },
        'card.ok': [
          { guard: { type: 'inputHasLength', params: { length: CHALLENGE_LENGTH } }, target: 'computing' },
          { target: 'challengeError', actions: { type: 'setError', params: { code: 'challengeLength' } } },
        ],
      },
    },
    computing: {
      tags: 'powered',
      invoke: {
        id: 'computeResponse',
        src: 'computeResponse',
        input: ({ context }) => ({ challenge: context.input }),
        onDone: {
          target: 'response',
          actions: [{ type: 'storeResponse', params: ({ event }) => ({ response: event.output }) }, 'clearInput'],
        },
        onError: { target: 'challengeError', actions: { type: 'setError', params: { code: 'computeFailed' } } },
      },
      on: { 'card.press': 'off' },
    },
    challengeError: {
      tags: 'powered',
      entry: 'clearInput',
      exit: 'clearError',
      after: { errorDisplay: 'challenge' },
      on: { 'card.press': 'off' },
    },
    response: {
      tags: 'powered',
      // The response stays until the card powers off, by "press" or by the inactivity rule.
      after: { inactivity: 'off' },
      on: {
        'card.press': 'off',
        'card.digit': {
          guard: { type: 'isDigit', params: ({ event }) => event },
          target: 'response',
          reenter: true,
        },
        'card.ok': { target: 'response', reenter: true },
      },
    },
  },
});

export type SecurityCardMachine = typeof securityCardMachine;
/** The card's states; `snapshot.value` is always one of these. */
export type SecurityCardStateValue = SnapshotFrom<SecurityCardMachine>['value'];
/** Every state of the card, in the order a successful run meets them (then the detours). */
export const SECURITY_CARD_STATES = [
  'off',
  'pin',
  'challenge',
  'computing',
  'response',
  'pinError',
  'challengeError',
  'locked',
] as const satisfies readonly SecurityCardStateValue[];
