// The practice login screen as a pure XState machine: credentials, then a challenge with a countdown and a response
// field checked against the practice card's computation. It never keeps the user name or password.
import { assign, emit, fromPromise, setup, type SnapshotFrom } from 'xstate';
import type { ComputeResponseInput } from './security-card.ts';
import { randomChallenge } from './challenge-code.ts';
import { credentialErrors, isLoginLook, isResponseFormat, type LoginErrorCode, type LoginLook } from './login-form.ts';

export type { ComputeResponseInput };

// Practice-screen choices: IBKR's public articles do not say how long a real challenge stays valid or how many tries it allows.
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

/** The screen's steps, one view each; the top level of the machine's state. */
export const LOGIN_STEPS = ['credentials', 'challenge', 'expired', 'success'] as const;
export type LoginStep = (typeof LOGIN_STEPS)[number];

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

/** What the screen tells the page as it happens (`actor.on(type, ...)`), for the page to announce or move focus. */
export type PracticeLoginEmitted =
  // Credentials or a response refused, with the errors now on the form (tooManyWrongResponses included).
  | { type: 'login.rejected'; errors: LoginErrorCode[] }
  | { type: 'login.challengeShown' }
  | { type: 'login.expiryWarning'; remainingSeconds: number }
  | { type: 'login.timeExtended'; remainingSeconds: number }
  | { type: 'login.expired' }
  | { type: 'login.succeeded' }
  | { type: 'login.restarted' };

/** An attempt with nothing in it: no challenge, no clock, no errors, nothing held. */
const noAttempt = (): Omit<PracticeLoginContext, 'look'> => ({
  challenge: '',
  remainingSeconds: 0,
  wrongResponses: 0,
  errors: [],
  pendingResponse: '',
});

export interface PracticeLoginInput {
  look?: LoginLook;
}

export const practiceLoginMachine = setup({
  types: {
    context: {} as PracticeLoginContext,
    events: {} as PracticeLoginEvent,
    emitted: {} as PracticeLoginEmitted,
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
    isWarningDue: ({ context }) => context.remainingSeconds - 1 === EXPIRY_WARNING_SECONDS,
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
    resetLogin: assign(noAttempt),
    // What the page announces, each emitted after the errors or the clock it reports are set.
    emitRejected: emit(({ context }) => ({ type: 'login.rejected', errors: context.errors }) as const),
    emitChallengeShown: emit({ type: 'login.challengeShown' }),
    emitExpiryWarning: emit(
      ({ context }) => ({ type: 'login.expiryWarning', remainingSeconds: context.remainingSeconds }) as const,
    ),
    emitTimeExtended: emit(
      ({ context }) => ({ type: 'login.timeExtended', remainingSeconds: context.remainingSeconds }) as const,
    ),
    emitExpired: emit({ type: 'login.expired' }),
    emitSucceeded: emit({ type: 'login.succeeded' }),
    emitRestarted: emit({ type: 'login.restarted' }),
  },
}).createMachine({
  id: 'practiceLogin',
  context: ({ input }) => ({ look: input?.look ?? 'tws', ...noAttempt() }),
  initial: 'credentials',
  on: {
    'login.look': {
      // The page reads the look from the DOM, so check it at run time too.
      guard: { type: 'isLoginLook', params: ({ event }) => event },
      actions: { type: 'setLook', params: ({ event }) => event },
    },
    // Reset keeps the chosen look: it is a view preference, not part of the attempt.
    'login.reset': { target: '.credentials', actions: ['resetLogin', 'emitRestarted'] },
  },
  states: {
    credentials: {
      on: {
        'login.credentials': [
          {
            guard: { type: 'hasCredentials', params: ({ event }) => event },
            target: 'challenge',
            actions: 'clearErrors',
          },
          {
            actions: [
              {
                type: 'setErrors',
                params: ({ event }) => ({ errors: credentialErrors(event.userName, event.password) }),
              },
              'emitRejected',
            ],
          },
        ],
      },
    },
    challenge: {
      // The countdown and the response form run side by side, so checking a response never pauses the clock.
      type: 'parallel',
      entry: ['generateChallenge', 'startCountdown', 'emitChallengeShown'],
      exit: 'forgetChallenge',
      // The practice screen's "More time": the same challenge stays valid for the full time again.
      on: { 'login.extend': { actions: ['extendCountdown', 'emitTimeExtended'] } },
      states: {
        countdown: {
          initial: 'running',
          states: {
            running: {
              after: {
                tick: [
                  { guard: 'isLastSecond', target: '#practiceLogin.expired' },
                  {
                    guard: 'isWarningDue',
                    target: 'running',
                    reenter: true,
                    actions: ['countDown', 'emitExpiryWarning'],
                  },
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
                    guard: { type: 'isResponseFormat', params: ({ event }) => event },
                    target: 'checking',
                    actions: ['clearErrors', { type: 'holdResponse', params: ({ event }) => event }],
                  },
                  // Letters, spaces inside or a wrong length: not a response at all, so not a wrong try either.
                  { actions: [{ type: 'setErrors', params: { errors: ['responseFormat'] } }, 'emitRejected'] },
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
                        actions: [{ type: 'setErrors', params: { errors: ['tooManyWrongResponses'] } }, 'emitRejected'],
                      },
                      {
                        target: '#responseForm',
                        actions: [
                          'countWrongResponse',
                          { type: 'setErrors', params: { errors: ['responseWrong'] } },
                          'emitRejected',
                        ],
                      },
                    ],
                    onError: {
                      target: '#responseForm',
                      actions: [{ type: 'setErrors', params: { errors: ['checkFailed'] } }, 'emitRejected'],
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    expired: {
      entry: 'emitExpired',
      // As on the real screens, an expired code means starting again from the user name and password (IBKR article 2634).
      on: { 'login.newChallenge': { target: 'credentials', actions: ['clearErrors', 'emitRestarted'] } },
    },
    success: { entry: 'emitSucceeded' },
  },
});

export type PracticeLoginMachine = typeof practiceLoginMachine;
export type PracticeLoginSnapshot = SnapshotFrom<PracticeLoginMachine>;
