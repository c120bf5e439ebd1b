// The two endings every troubleshooter shares: the reader's problem is solved, or they need support.
import type { WizardStateMeta } from './wizard-types.ts';

const solved: WizardStateMeta = { kind: 'end', text: 'common.solved', outcome: 'solved' };
const escalate: WizardStateMeta = {
  kind: 'end',
  text: 'common.escalate',
  outcome: 'escalate',
  embed: { type: 'contact' },
};

/** Spread into a wizard's `states`; options lead to them as 'solved' and 'contact-support'. */
export const commonEndStates = {
  solved: { type: 'final', meta: solved },
  'contact-support': { type: 'final', meta: escalate },
} as const;
