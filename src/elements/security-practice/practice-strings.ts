// What <slh-security-practice> receives from the build in its data-strings attribute: the element owns this
// contract, and src/components/practice-strings.ts fills it from the locale files. Every record is keyed by the
// machines' own codes and states, so a code without its string fails the type check or the build, never shows blank.
import type { PluralTemplates } from '../../lib/fill-template.ts';
import type { DisplayExplanation } from '../../machines/card-display.ts';
import type { LoginErrorCode, LoginLook } from '../../machines/login-form.ts';
import type { LoginStep } from '../../machines/practice-login.ts';
import type { PinRefusal, SecurityCardStateValue } from '../../machines/security-card.ts';

export interface PracticeStrings {
  /** BCP 47 tag for Intl.PluralRules. */
  lang: string;
  /** What the card's display shows, explained (simulator:display.*). */
  display: Record<DisplayExplanation, string>;
  /** Step hints by device and step; card.pin has {{pin}}. */
  steps: { card: Record<SecurityCardStateValue, string>; login: Record<LoginStep, string> };
  /** Login form errors by error code. */
  errors: Record<LoginErrorCode, string>;
  countdown: PluralTemplates;
  timeWarning: PluralTemplates;
  timeExtended: PluralTemplates;
  /** Title bar of the practice screen, with {{look}}. */
  screenTitle: string;
  looks: Record<LoginLook, string>;
  /** The practice PIN, with {{pin}}. */
  pinIs: string;
  /** Why a new practice PIN was not taken. */
  pinRefused: Record<PinRefusal, string>;
  /** A new practice PIN taken, with {{pin}}. */
  changePinDone: string;
}
