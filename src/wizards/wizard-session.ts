// A reader's session with one troubleshooter: the one source of truth for the step on screen and the path that led
// there (each step visited and the option chosen at it). Options, Back, Start over and the address (on load, Back,
// Forward, a typed hash) are events; the next step comes from the troubleshooter's own machine, never from the page.
// The session never touches the DOM or history: it emits what the host should do with them.
import { assign, emit, setup, type AnyStateMachine } from 'xstate';
import { stepHash, type PathStep, type WizardHistoryEntry } from './wizard-location.ts';

/** Why the session says something beyond the step itself; the page holds the text for each code. */
export type SessionNotice = 'unknownStep';

export interface WizardSessionContext {
  /** From where the reader started to the current step (the last, which has no event yet). Never empty. */
  path: PathStep[];
  notice: SessionNotice | null;
}

export type WizardSessionEvent =
  /** The page has loaded: the step its address names ('' for none) and the history entry's state. */
  | { type: 'wizard.resume'; step: string; state: unknown }
  /** The address changed under the session (Back, Forward, a hash typed or followed): the same two readings. */
  | { type: 'wizard.address'; step: string; state: unknown }
  /** The reader picked the option that sends this event to the troubleshooter's machine. */
  | { type: 'wizard.choose'; event: string }
  | { type: 'wizard.back' }
  | { type: 'wizard.restart' };

/** What the host does for the session: write history, and move focus to the new step. */
export type WizardSessionEmitted =
  /** A move forward: a new history entry at this hash. */
  | { type: 'history.push'; hash: string; entry: WizardHistoryEntry }
  /** Keep the address as it is, and store the path in its entry (so a reload or Forward finds it). */
  | { type: 'history.remember'; entry: WizardHistoryEntry }
  /** Replace the address with the page's own, without a hash (the first step), storing the path. */
  | { type: 'history.reset'; entry: WizardHistoryEntry }
  /** Go one history entry back: the previous entry holds the step the session has just gone back to. */
  | { type: 'history.back' }
  /** Put focus on the new step and announce it. */
  | { type: 'step.focus' };

/** The session machine for one troubleshooter. */
export function wizardSessionMachine(troubleshooter: AnyStateMachine) {
  const wizard = troubleshooter.id;
  const states = troubleshooter.root.states;
  const initial = troubleshooter.root.initial.target[0]?.key ?? '';
  const isKnown = (step: string): boolean => Object.hasOwn(states, step);

  /**
   * Where this event leads from this step, or undefined when the step does not handle it: the transition XState itself
   * selects for the event in that state (resolveState, then getTransitionData, both pure). transition() would make the
   * same choice and build the whole next snapshot, which a flat troubleshooter does not need, for 0.1 KB more on every
   * page that loads XState.
   */
  const nextStep = (step: string, event: string): string | undefined => {
    const snapshot = troubleshooter.resolveState({ value: step, context: {} });
    const target = troubleshooter.getTransitionData(snapshot, { type: event })[0]?.target?.[0]?.key;
    return target === step ? undefined : target;
  };
  const current = ({ path }: WizardSessionContext): string => path.at(-1)?.step ?? initial;
  const entry = ({ path }: WizardSessionContext): WizardHistoryEntry => ({ wizard, path });
  const addressed = (step: string): string => (step === '' ? initial : step);

  /**
   * The path a history entry stored, when the entry is this wizard's, the machine allows every move in it and it ends
   * at the addressed step; undefined for anything else (a bookmark, a typed hash, another script's entry, an older
   * version of the site's).
   */
  const storedPath = (state: unknown, step: string): PathStep[] | undefined => {
    const stored = state as Partial<WizardHistoryEntry> | null;
    if (stored?.wizard !== wizard || !Array.isArray(stored.path) || stored.path.length === 0) return undefined;
    const path = stored.path.map((item: unknown) => {
      const { step: at, event } = (item ?? {}) as Partial<PathStep>;
      return event === undefined ? { step: at } : { step: at, event };
    });
    const allowed = path.every(({ step: at, event }, i) => {
      if (typeof at !== 'string' || !isKnown(at)) return false;
      const next = path[i + 1];
      if (!next) return event === undefined && at === step;
      return typeof event === 'string' && nextStep(at, event) === next.step;
    });
    return allowed ? (path as PathStep[]) : undefined;
  };

  /** The path to a step the address names: the stored one, the current path and one option more, or a new one. */
  const pathTo = (context: WizardSessionContext, step: string, state: unknown, continuing: boolean): PathStep[] => {
    const stored = storedPath(state, step);
    if (stored) return stored;
    const from = current(context);
    const option = continuing ? Object.keys(states[from]?.on ?? {}).find((e) => nextStep(from, e) === step) : undefined;
    if (option) return [...context.path.slice(0, -1), { step: from, event: option }, { step }];
    return [{ step }];
  };

  // Paths are plain data built in one shape ({ step, event }), so their JSON is equal when they are.
  const samePath = (a: PathStep[], b: PathStep[]): boolean => JSON.stringify(a) === JSON.stringify(b);

  return setup({
    types: {
      context: {} as WizardSessionContext,
      events: {} as WizardSessionEvent,
      emitted: {} as WizardSessionEmitted,
    },
    guards: {
      isUnknownStep: (_, { step }: { step: string }) => !isKnown(addressed(step)),
      /** The address names where the session already is: the hashchange that follows a popstate, or a repeat. */
      isWhereWeAre: ({ context }, { step, state }: { step: string; state: unknown }) => {
        if (addressed(step) !== current(context)) return false;
        const stored = storedPath(state, current(context));
        return !stored || samePath(stored, context.path);
      },
      isAnOption: ({ context }, { event }: { event: string }) => nextStep(current(context), event) !== undefined,
      canGoBack: ({ context }) => context.path.length > 1,
      isAwayFromStart: ({ context }) => current(context) !== initial,
    },
    actions: {
      goTo: assign(
        ({ context }, { step, state, continuing }: { step: string; state: unknown; continuing: boolean }) => ({
          path: pathTo(context, addressed(step), state, continuing),
          notice: null,
        }),
      ),
      startOver: assign({ path: [{ step: initial }], notice: null }),
      startOverWithNotice: assign({ path: [{ step: initial }], notice: 'unknownStep' as const }),
      takeOption: assign(({ context }, { event }: { event: string }) => {
        const from = current(context);
        const to = nextStep(from, event) ?? from;
        return { path: [...context.path.slice(0, -1), { step: from, event }, { step: to }], notice: null };
      }),
      stepBack: assign(({ context }) => {
        const path = context.path.slice(0, -1);
        const { step } = path.at(-1) ?? { step: initial };
        return { path: [...path.slice(0, -1), { step }], notice: null };
      }),
      pushHistory: emit(
        ({ context }) => ({ type: 'history.push', hash: stepHash(current(context)), entry: entry(context) }) as const,
      ),
      rememberPath: emit(({ context }) => ({ type: 'history.remember', entry: entry(context) }) as const),
      resetAddress: emit(({ context }) => ({ type: 'history.reset', entry: entry(context) }) as const),
      goBackInHistory: emit({ type: 'history.back' }),
      focusStep: emit({ type: 'step.focus' }),
    },
  }).createMachine({
    id: 'wizard-session',
    context: { path: [{ step: initial }], notice: null },
    on: {
      'wizard.resume': [
        {
          guard: { type: 'isUnknownStep', params: ({ event }) => ({ step: event.step }) },
          actions: ['startOverWithNotice', 'resetAddress'],
        },
        {
          // A reload or a bookmark: no focus move, the reader has not done anything yet.
          actions: [
            { type: 'goTo', params: ({ event }) => ({ step: event.step, state: event.state, continuing: false }) },
            'rememberPath',
          ],
        },
      ],
      'wizard.choose': {
        guard: { type: 'isAnOption', params: ({ event }) => ({ event: event.event }) },
        actions: [{ type: 'takeOption', params: ({ event }) => ({ event: event.event }) }, 'pushHistory', 'focusStep'],
      },
      // Back and the browser's Back do the same thing: the previous history entry is the previous step.
      'wizard.back': { guard: 'canGoBack', actions: ['stepBack', 'goBackInHistory', 'focusStep'] },
      // Start over is a step of its own in the history, so the browser's Back returns to where the reader was.
      'wizard.restart': { guard: 'isAwayFromStart', actions: ['startOver', 'pushHistory', 'focusStep'] },
      'wizard.address': [
        { guard: { type: 'isWhereWeAre', params: ({ event }) => ({ step: event.step, state: event.state }) } },
        {
          guard: { type: 'isUnknownStep', params: ({ event }) => ({ step: event.step }) },
          actions: ['startOverWithNotice', 'resetAddress', 'focusStep'],
        },
        {
          // A hash followed by hand continues the path when it is one of the current step's options.
          actions: [
            { type: 'goTo', params: ({ event }) => ({ step: event.step, state: event.state, continuing: true }) },
            'rememberPath',
            'focusStep',
          ],
        },
      ],
    },
  });
}

export type WizardSessionMachine = ReturnType<typeof wizardSessionMachine>;
