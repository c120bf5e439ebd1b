// The strings <slh-security-practice> needs in the browser, collected at build time into one data-* attribute.
// Each record is built from the code lists the machines export, so a new state or error code without its string
// stops the build with the missing key named (rawString throws). Templates keep their {{placeholders}}; plural
// strings carry every form the language uses, chosen in the browser.
import { pluralTemplates, rawString } from '../i18n/t.ts';
import { localeInfo, type Locale } from '../i18n/locales.ts';
import type { PracticeStrings } from '../elements/security-practice/practice-strings.ts';
import { DISPLAY_EXPLANATIONS } from '../machines/card-display.ts';
import { LOGIN_ERROR_CODES, LOGIN_LOOKS } from '../machines/login-form.ts';
import { LOGIN_STEPS } from '../machines/practice-login.ts';
import { SECURITY_CARD_STATES } from '../machines/security-card.ts';

/** The string under `simulator:<prefix>.<code>` for every code, in the locale (English where it has none). */
export function stringsByCode<C extends string>(
  locale: Locale,
  prefix: string,
  codes: readonly C[],
): Record<C, string> {
  const key = (code: C): string => `simulator:${prefix}.${code}`;
  return Object.fromEntries(codes.map((code) => [code, rawString(locale, key(code))])) as Record<C, string>;
}

export function practiceStrings(locale: Locale): PracticeStrings {
  return {
    lang: localeInfo(locale).lang,
    display: stringsByCode(locale, 'display', DISPLAY_EXPLANATIONS),
    steps: {
      card: stringsByCode(locale, 'steps.card', SECURITY_CARD_STATES),
      login: stringsByCode(locale, 'steps.login', LOGIN_STEPS),
    },
    errors: stringsByCode(locale, 'login.errors', LOGIN_ERROR_CODES),
    countdown: pluralTemplates(locale, 'simulator:login.countdown'),
    timeWarning: pluralTemplates(locale, 'simulator:login.timeWarning'),
    timeExtended: pluralTemplates(locale, 'simulator:login.timeExtended'),
    screenTitle: rawString(locale, 'simulator:login.screenTitle'),
    looks: stringsByCode(locale, 'login.looks', LOGIN_LOOKS),
    pinIs: rawString(locale, 'simulator:practice.pinIs'),
    // Typed as Record<PinRefusal, string>: a new reason without its sentence fails `npm run check`.
    pinRefused: {
      pinFormat: rawString(locale, 'simulator:practice.changePinInvalid'),
      cardOn: rawString(locale, 'simulator:practice.changePinCardOn'),
    },
    changePinDone: rawString(locale, 'simulator:practice.changePinDone'),
  };
}
