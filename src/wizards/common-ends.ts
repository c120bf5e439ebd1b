// States several troubleshooters share, text included: the two endings every troubleshooter has (solved, and the
// hand-over to Client Services), the hand-over that asks for a temporary code, and adding IB Key to IBKR Mobile.
import type { WizardStateMeta } from './wizard-types.ts';

const solved: WizardStateMeta = { kind: 'end', text: 'common.solved', outcome: 'solved' };
const escalate: WizardStateMeta = { kind: 'end', text: 'common.escalate', outcome: 'escalate' };

/** Spread into a wizard's `states`; options lead to them as 'solved' and 'contact-support'. */
export const commonEndStates = {
  solved: { type: 'final', meta: solved },
  'contact-support': { type: 'final', meta: escalate },
} as const;

/**
 * The hand-over for a reader without a working device (not with them, a temporary code or online card that ran out):
 * Client Services gives a temporary code by phone. Used as `'temporary-access': temporaryAccessEnd`.
 */
export const temporaryAccessEnd = {
  type: 'final',
  meta: {
    kind: 'end',
    text: 'common.temporaryAccess',
    outcome: 'escalate',
    embed: { type: 'article', id: '70' },
  } satisfies WizardStateMeta,
} as const;

/** The meta of an outcome that adds IB Key to IBKR Mobile (the same steps wherever it is offered). */
export const activateIbKeyMeta = { kind: 'outcome', text: 'common.activateIbKey' } as const satisfies WizardStateMeta;
