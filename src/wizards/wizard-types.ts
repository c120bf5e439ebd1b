// The vocabulary every guided troubleshooter (wizard) machine is written in: state kinds, state meta and events.
// A wizard is a flat XState machine whose states are questions, steps and outcomes; the page, the no-JavaScript
// fallback, the tests and any diagram are all derived from it (see wizard-graph.ts).

/**
 * - question: the reader picks one of its options (`answer.<option>` events).
 * - step: an instruction; the reader says it is done, or that it didn't work (`step.done` / `step.failed`).
 * - outcome: a fix to try, then "Did this solve your problem?" (`outcome.yes` / `outcome.no`).
 * - end: a final state; no options. Every end closes the conversation one of three ways (WizardOutcome).
 */
export type StepKind = 'question' | 'step' | 'outcome' | 'end';

/**
 * How an end state closes the conversation, so that no reader is left at a dead end:
 * - solved: the problem is fixed;
 * - escalate: a hand-over to IBKR Client Services; the page shows how to reach them and the reader's path as a summary;
 * - handoff: another troubleshooter takes over (the end embeds it).
 */
export type WizardOutcome = 'solved' | 'escalate' | 'handoff';

/** A component a state shows under its text. */
export type WizardEmbed =
  /** A knowledge-base article by its id: an unknown id fails the build (articleById), and a unit test checks it. */
  | { type: 'article'; id: string }
  /** Another troubleshooter by its id: an unknown id fails the build (the registry), and a unit test checks it. */
  | { type: 'wizard'; id: string };

interface MetaBase {
  /**
   * Base key of the state's text in the `wizards` namespace; `<text>.title` and `<text>.body` hold the text,
   * and a question's option labels are `<text>.options.<option>`. Left out, it is the state's own key: the
   * troubleshooter's id and the state's, in camel case (`cant-log-in` state `phone-online`: `cantLogIn.phoneOnline`).
   * Given only for text several troubleshooters share (`common.solved`), so the browser's machine carries no keys.
   */
  text?: string;
  embed?: WizardEmbed;
  /**
   * The live security-card practice (card and login screen) stands beside this step. The page has one practice for
   * all such steps, so what the reader did on the card in one step is still there in the next.
   */
  practice?: true;
}

/** The `meta` of every wizard state, checked by the compiler in each machine (setup types.meta). */
export type WizardStateMeta =
  | (MetaBase & {
      kind: 'question';
      /** The options are platforms or phone systems: the page may render them as a picker. */
      picker?: 'platform';
    })
  | (MetaBase & { kind: 'step' })
  | (MetaBase & { kind: 'outcome' })
  | (MetaBase & { kind: 'end'; outcome: 'solved' | 'escalate' })
  | (MetaBase & { kind: 'end'; outcome: 'handoff'; embed: { type: 'wizard'; id: string } });

/** A question's options are `answer.<option>` events; `<option>` is camel case because it is also a JSON key. */
export type AnswerEvent<TOption extends string> = { type: `answer.${TOption}` };
export type StepEvent = { type: 'step.done' } | { type: 'step.failed' };
export type OutcomeEvent = { type: 'outcome.yes' } | { type: 'outcome.no' };

/** Every event a wizard machine with these options accepts. */
export type WizardEvent<TOption extends string> = AnswerEvent<TOption> | StepEvent | OutcomeEvent;

/**
 * A group of one troubleshooter's states written in a file of its own and spread into its machine's `states`. XState
 * checks a spread object less strictly than states written in place, so a part says `satisfies WizardStatesPart<...>`
 * to have its meta and its events checked where they are written.
 */
export type WizardStatesPart<TEvent extends { type: string }> = Record<
  string,
  { type?: 'final'; meta: WizardStateMeta; on?: Partial<Record<TEvent['type'], string>> }
>;

/** Shared text keys (in the `wizards` namespace) for the events that are the same in every wizard. */
export const commonLabelKeys = {
  'step.done': 'common.done',
  'step.failed': 'common.failed',
  'outcome.yes': 'common.yes',
  'outcome.no': 'common.no',
} as const;

/** The question every outcome asks under its text. */
export const solvedQuestionKey = 'common.solvedQuestion';
