// The vocabulary every guided troubleshooter (wizard) machine is written in: state kinds, state meta and events.
// A wizard is a flat XState machine whose states are questions, steps and outcomes; the page, the no-JavaScript
// fallback, the tests and any diagram are all derived from it (see wizard-graph.ts).

/** The wizards, in the order the index page lists them. Ids are URL segments: /<lang>/wizards/<id>/. */
export const wizardIds = ['cant-log-in', 'sms-code', 'move-to-ibkr-mobile', 'recover-ib-key'] as const;
export type WizardId = (typeof wizardIds)[number];

/** The articles a wizard step may link to, by knowledge-base id (CONVENTIONS.md lists them). */
export const wizardArticleIds = [
  '2634',
  '3396',
  '9101',
  '9102',
  '9103',
  '3196',
  '9104',
  '2748',
  '9105',
  '1131',
] as const;
export type WizardArticleId = (typeof wizardArticleIds)[number];

/**
 * - question: the reader picks one of its options (`answer.<option>` events).
 * - step: an instruction; the reader says it is done, or that it didn't work (`step.done` / `step.failed`).
 * - outcome: a fix to try, then "Did this solve your problem?" (`outcome.yes` / `outcome.no`).
 * - end: a final state (solved, contact support, or a hand-off to another wizard); no options.
 */
export type StepKind = 'question' | 'step' | 'outcome' | 'end';

/** How an end state closes the conversation; the page may style and count them. */
export type WizardOutcome = 'solved' | 'escalate';

/** A component a state shows under its text. */
export type WizardEmbed =
  | { type: 'article'; id: WizardArticleId }
  | { type: 'wizard'; id: WizardId }
  | { type: 'contact' };

interface MetaBase {
  /**
   * Base key of the state's text in the `wizards` namespace; `<text>.title` and `<text>.body` hold the text,
   * and a question's option labels are `<text>.options.<option>`. Camel case (JSON keys), e.g. `cantLogIn.phoneOnline`.
   */
  text: string;
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
  | (MetaBase & { kind: 'end'; outcome?: WizardOutcome });

/** A question's options are `answer.<option>` events; `<option>` is camel case because it is also a JSON key. */
export type AnswerEvent<TOption extends string> = { type: `answer.${TOption}` };
export type StepEvent = { type: 'step.done' } | { type: 'step.failed' };
export type OutcomeEvent = { type: 'outcome.yes' } | { type: 'outcome.no' };

/** Every event a wizard machine with these options accepts. */
export type WizardEvent<TOption extends string> = AnswerEvent<TOption> | StepEvent | OutcomeEvent;

/** Shared text keys (in the `wizards` namespace) for the events that are the same in every wizard. */
export const commonLabelKeys = {
  'step.done': 'common.done',
  'step.failed': 'common.failed',
  'outcome.yes': 'common.yes',
  'outcome.no': 'common.no',
} as const;

/** The question every outcome asks under its text. */
export const solvedQuestionKey = 'common.solvedQuestion';
