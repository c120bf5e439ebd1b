// The guided troubleshooters in the order the index page lists them, each with its machine.
// Pages, the browser element and the tests look wizards up here, never by importing a machine file directly.
import type { AnyStateMachine } from 'xstate';
import { cantLogInWizard } from './cant-log-in.ts';
import { smsCodeWizard } from './sms-code.ts';
import { moveToIbkrMobileWizard } from './move-to-ibkr-mobile.ts';
import { recoverIbKeyWizard } from './recover-ib-key.ts';
import { wizardIds, type WizardId } from './wizard-types.ts';

export type { WizardId };

export interface WizardEntry {
  id: WizardId;
  machine: AnyStateMachine;
}

const machines: Record<WizardId, AnyStateMachine> = {
  'cant-log-in': cantLogInWizard,
  'sms-code': smsCodeWizard,
  'move-to-ibkr-mobile': moveToIbkrMobileWizard,
  'recover-ib-key': recoverIbKeyWizard,
};

export const wizards: readonly WizardEntry[] = wizardIds.map((id) => ({ id, machine: machines[id] }));

/** True when the string is a wizard id (a route parameter or an article's <WizardLink id>). */
export function isWizardId(id: string): id is WizardId {
  return (wizardIds as readonly string[]).includes(id);
}

/** The wizard with this id; throws on an unknown id so a bad link fails the build. */
export function getWizard(id: string): WizardEntry {
  if (!isWizardId(id)) throw new Error(`Unknown wizard id "${id}". Known: ${wizardIds.join(', ')}`);
  return { id, machine: machines[id] };
}
