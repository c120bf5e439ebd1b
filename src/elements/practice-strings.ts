// What <slh-security-practice> receives from the build in its data-strings attribute: the element owns this
// contract, and src/components/practice-strings.ts fills it from the locale files.
import type { PluralTemplates } from '../lib/fill-template.ts';

export interface PracticeStrings {
  /** BCP 47 tag for Intl.PluralRules. */
  lang: string;
  /** Display explanations by the last part of their key (off, pinEntered, pinWrong ...). */
  display: Record<string, string>;
  /** Step hints by device and step; card.pin has {{pin}}. */
  steps: { card: Record<string, string>; login: Record<string, string> };
  /** Login form errors by error code. */
  errors: Record<string, string>;
  countdown: PluralTemplates;
  timeWarning: PluralTemplates;
  timeExtended: PluralTemplates;
  /** Title bar of the practice screen, with {{look}}. */
  screenTitle: string;
  looks: Record<string, string>;
  pinIs: string;
  changePinInvalid: string;
  changePinDone: string;
  changePinCardOn: string;
}
