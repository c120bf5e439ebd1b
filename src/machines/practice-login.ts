// The practice login screen as a pure XState machine: credentials, then a challenge with a countdown and a response
// field checked against the practice card's computation. It never keeps the user name or password.
import { assign, fromPromise, setup, type SnapshotFrom } from 'xstate';
import { CHALLENGE_LENGTH, RESPONSE_LENGTH, type ComputeResponseInput } from './security-card.ts';

export type { ComputeResponseInput };

/** The looks the practice screen can take; the field differs slightly per application (FACTS.md). */
export const LOGIN_LOOKS = ['tws', 'client-portal', 'webtrader'] as const;
export type LoginLook = (typeof LOGIN_LOOKS)[number];

// Practice-screen choices: FACTS.md does not say how long a real challenge stays valid or how many tries it allows.
/** In the practice screen, a challenge stays valid this many seconds. */
export const CHALLENGE_VALIDITY_SECONDS = 120;
/** The countdown moves once a second. */
export const COUNTDOWN_TICK_MS = 1000;
/** In the practice screen, this many wrong response codes for one challenge send you back to the user name and password. */
export const MAX_WRONG_RESPONSES = 3;
/**
 * The page warns this many seconds before the challenge expires and offers "More time" (login.extend): WCAG 2.2.1
 * asks for a warning and a simple way to extend a time limit, given at least 20 seconds before it runs out.
 */
export const EXPIRY_WARNING_SECONDS = 20;
/**
 * In the practice screen, checking a response takes this long, and Log in does nothing meanwhile: a double-click
 * or a double Enter lands inside one check, so it counts as one try.
 */
export const RESPONSE_CHECK_MS = 500;

/** Form errors; the page maps each code to a message next to its field. */
export type LoginErrorCode =
  | 'userNameEmpty'
  | 'passwordEmpty'
  | 'responseFormat'
  | 'responseWrong'
  | 'tooManyWrongResponses'
  | 'checkFailed';

export interface PracticeLoginContext {
  look: LoginLook;
  /** The 6-digit challenge on screen; empty outside the challenge step. */
  challenge: string;
  /** Seconds left before the challenge expires. */
  remainingSeconds: number;
  /** Wrong responses for the current challenge. */
  wrongResponses: number;
  /** Errors to show on the form, in field order. */
  errors: LoginErrorCode[];
  /** The response being checked, held only while the check runs. */
  pendingResponse: string;
}

export type PracticeLoginEvent =
  | { type: 'login.credentials'; userName: string; password: string }
  | { type: 'login.submit'; response: string }
  | { type: 'login.newChallenge' }
  | { type: 'login.extend' }
  | { type: 'login.look'; look: LoginLook }
  | { type: 'login.reset' };

export interface PracticeLoginInput {
  look?: LoginLook;
}

export const isLoginLook = (value: string): value is LoginLook => (LOGIN_LOOKS as readonly string[]).includes(value);

/** The form errors for a user name and password; empty when both are filled in. */
export function credentialErrors(userName: string, password: string): LoginErrorCode[] {
  const errors: LoginErrorCode[] = [];
  if (userName.trim() === '') errors.push('userNameEmpty');
  if (password.trim() === '') errors.push('passwordEmpty');
  return errors;
}

const responsePattern = new RegExp(`^[0-9]{${RESPONSE_LENGTH}}$`);
/** True when a typed response has the right form: exactly 8 digits (surrounding spaces ignored). */
export const isResponseFormat = (response: string): boolean => responsePattern.test(response.trim());

// Uniform random digits from the platform's CSPRNG (browser and Node alike); tests replace the action.
const CHALLENGE_RANGE = 10 ** CHALLENGE_LENGTH;
const UNBIASED_LIMIT = Math.floor(2 ** 32 / CHALLENGE_RANGE) * CHALLENGE_RANGE;
function randomChallenge(): string {
  const word = new Uint32Array(1);
  let value = UNBIASED_LIMIT;
  // Redraw the few values above the last whole multiple of the range, so every challenge is equally likely.
  while (value >= UNBIASED_LIMIT) value = globalThis.crypto.getRandomValues(word)[0] ?? UNBIASED_LIMIT;
  return String(value % CHALLENGE_RANGE).padStart(CHALLENGE_LENGTH, '0');
}

export const practiceLoginMachine = setup({
  types: {
    context: {} as PracticeLoginContext,
    events: {} as PracticeLoginEvent,
    input: {} as PracticeLoginInput | undefined,
  },
  actors: {
    // The page and the tests provide the practice card's computation with machine.provide().
    computeResponse: fromPromise<string, ComputeResponseInput>(async () => {
      throw new Error('computeResponse not provided');
    }),
  },
  delays: {
    tick: COUNTDOWN_TICK_MS,
    responseCheck: RESPONSE_CHECK_MS,
  },
  guards: {
    hasCredentials: (_, params: { userName: string; password: string }) =>
      credentialErrors(params.userName, params.password).length === 0,
    isResponseFormat: (_, params: { response: string }) => isResponseFormat(params.response),
    isResponseRight: ({ context }, params: { expected: string }) => context.pendingResponse === params.expected,
    isLastWrongResponse: ({ context }) => context.wrongResponses + 1 >= MAX_WRONG_RESPONSES,
    isLastSecond: ({ context }) => context.remainingSeconds <= 1,
    isLoginLook: (_, params: { look: string }) => isLoginLook(params.look),
  },
  actions: {
    generateChallenge: assign({ challenge: () => randomChallenge() }),
    startCountdown: assign({ remainingSeconds: CHALLENGE_VALIDITY_SECONDS, wrongResponses: 0 }),
    countDown: assign({ remainingSeconds: ({ context }) => context.remainingSeconds - 1 }),
    // More time keeps the challenge and the wrong-response count: only the clock starts over.
    extendCountdown: assign({ remainingSeconds: CHALLENGE_VALIDITY_SECONDS }),
    forgetChallenge: assign({ challenge: '', remainingSeconds: 0, pendingResponse: '' }),
    setErrors: assign({ errors: (_, params: { errors: LoginErrorCode[] }) => params.errors }),
    clearErrors: assign({ errors: [] }),
    holdResponse: assign({ pendingResponse: (_, params: { response: string }) => params.response.trim() }),
    releaseResponse: assign({ pendingResponse: '' }),
    countWrongResponse: assign({ wrongResponses: ({ context }) => context.wrongResponses + 1 }),
    setLook: assign({ look: (_, params: { look: LoginLook }) => params.look }),
    resetLogin: assign({ challenge: '', remainingSeconds: 0, wrongResponses: 0, errors: [], pendingResponse: '' }),
  },
}).createMachine({
  id: 'practiceLogin',
  context: ({ input }) => ({
    look: input?.look ?? 'tws',
    challenge: '',
    remainingSeconds: 0,
    wrongResponses: 0,
    errors: [],
    pendingResponse: '',
  }),
  initial: 'credentials',
  on: {
    'login.look': {
      // The page reads the look from the DOM, so check it at run time too.
      guard: { type: 'isLoginLook', params: ({ event }) => ({ look: event.look }) },
      actions: { type: 'setLook', params: ({ event }) => ({ look: event.look }) },
    },
    // Reset keeps the chosen look: it is a view preference, not part of the attempt.
    'login.reset': { target: '.credentials', actions: 'resetLogin' },
  },
  states: {
    credentials: {
      on: {
        'login.credentials': [
          {
            guard: {
              type: 'hasCredentials',
              params: ({ event }) => ({ userName: event.userName, password: event.password }),
            },
            target: 'challenge',
            actions: 'clearErrors',
          },
          {
            actions: {
              type: 'setErrors',
              params: ({ event }) => ({ errors: credentialErrors(event.userName, event.password) }),
            },
          },
        ],
      },
    },
    challenge: {
      // The countdown and the response form run side by side, so checking a response never pauses the clock.
      type: 'parallel',
      entry: ['generateChallenge', 'startCountdown'],
      exit: 'forgetChallenge',
      // The practice screen's "More time": the same challenge stays valid for the full time again.
      on: { 'login.extend': { actions: 'extendCountdown' } },
      states: {
        countdown: {
          initial: 'running',
          states: {
            running: {
              after: {
                tick: [
                  { guard: 'isLastSecond', target: '#practiceLogin.expired' },
                  { target: 'running', reenter: true, actions: 'countDown' },
                ],
              },
            },
          },
        },
        form: {
          initial: 'editing',
          states: {
            editing: {
              id: 'responseForm',
              on: {
                'login.submit': [
                  {
                    guard: { type: 'isResponseFormat', params: ({ event }) => ({ response: event.response }) },
                    target: 'checking',
                    actions: ['clearErrors', { type: 'holdResponse', params: ({ event }) => ({ response: event.response }) }],
                  },
                  // Letters, spaces inside or a wrong length: not a response at all, so not a wrong try either.
                  { actions: { type: 'setErrors', params: { errors: ['responseFormat'] } } },
                ],
              },
            },
            // No login.submit here: a second Log in while the check runs (RESPONSE_CHECK_MS at least) is ignored.
            checking: {
              exit: 'releaseResponse',
              initial: 'waiting',
              states: {
                waiting: { after: { responseCheck: 'computing' } },
                computing: {
                  invoke: {
                    id: 'computeResponse',
                    src: 'computeResponse',
                    input: ({ context }) => ({ challenge: context.challenge }),
                    onDone: [
                      {
                        guard: { type: 'isResponseRight', params: ({ event }) => ({ expected: event.output }) },
                        target: '#practiceLogin.success',
                      },
                      {
                        guard: 'isLastWrongResponse',
                        target: '#practiceLogin.credentials',
                        actions: { type: 'setErrors', params: { errors: ['tooManyWrongResponses'] } },
                      },
                      {
                        target: '#responseForm',
                        actions: ['countWrongResponse', { type: 'setErrors', params: { errors: ['responseWrong'] } }],
                      },
                    ],
                    onError: { target: '#responseForm', actions: { type: 'setErrors', params: { errors: ['checkFailed'] } } },
                  },
                },
              },
            },
          },
        },
      },
    },
    expired: {
      // As on the real screens, an expired code means starting again from the user name and password (FACTS.md).
      on: { 'login.newChallenge': { target: 'credentials', actions: 'clearErrors' } },
    },
    success: {},
  },
});

export type PracticeLoginMachine = typeof practiceLoginMachine;
export type PracticeLoginSnapshot = SnapshotFrom<PracticeLoginMachine>;
