// The events of "I can't log in": every option its questions offer (answer.<option>), and the step and outcome events.
// In a file of its own so the machine and the parts of it kept in this folder check their transitions against one list.
import type { WizardEvent } from '../../wizard-types.ts';

export type CantLogInOption =
  // what-happens
  | 'credentials'
  | 'invalidCharacters'
  | 'forgotten'
  | 'deviceAway'
  | 'codeRejected'
  | 'nothingArrives'
  | 'temporaryStopped'
  | 'newCard'
  | 'other'
  // still-rejected, forgotten
  | 'forgotPassword'
  | 'locked'
  | 'sure'
  | 'password'
  | 'userName'
  // device-away
  | 'cardAway'
  | 'cardBroken'
  | 'phoneAway'
  | 'phoneGone'
  | 'smsPhoneGone'
  // code-source, nothing-arrives, method, identify-method
  | 'card'
  | 'app'
  | 'sms'
  | 'temporary'
  | 'notification'
  | 'unsure'
  | 'stillUnsure'
  // temporary-stopped, new-card
  | 'expired'
  | 'portalOnly'
  | 'onlineCardExpired'
  | 'neverAccepted'
  | 'waiting'
  | 'arrived'
  // the security card
  | 'responseRejected'
  | 'cardProblem'
  | 'buttons'
  | 'display'
  | 'forgotPin'
  | 'lostOrBroken'
  // IBKR Mobile
  | 'yes'
  | 'no'
  | 'ios'
  | 'android'
  | 'reinstalled'
  | 'replacedOrLost'
  | 'nothingChanged';

export type CantLogInEvent = WizardEvent<CantLogInOption>;
