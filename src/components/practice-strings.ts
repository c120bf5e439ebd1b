// The strings <slh-security-practice> needs in the browser, collected at build time into one data-* attribute.
// Templates keep their {{placeholders}}; plural strings carry every form the language uses, chosen in the browser.
import { hasOwnString, rawString } from '../i18n/t.ts';
import { localeInfo, sourceLocale, type Locale } from '../i18n/locales.ts';
import type { PluralTemplates } from '../lib/fill-template.ts';
import type { PracticeStrings } from '../elements/practice-strings.ts';
import en from '../../content/locales/en/simulator.json' with { type: 'json' };

const templatesOf = (locale: Locale, prefix: string, keys: readonly string[]): Record<string, string> =>
  Object.fromEntries(keys.map((key) => [key, rawString(locale, `simulator:${prefix}.${key}`)]));

/** Every plural form of a key the locale's language uses, falling back to English like i18next does. */
function pluralTemplates(locale: Locale, key: string): PluralTemplates {
  const forms: PluralTemplates = { other: rawString(locale, `simulator:${key}_other`) };
  const categories = new Intl.PluralRules(localeInfo(locale).lang).resolvedOptions().pluralCategories;
  for (const category of categories) {
    const full = `simulator:${key}_${category}`;
    if (hasOwnString(locale, full) || hasOwnString(sourceLocale, full)) forms[category] = rawString(locale, full);
  }
  return forms;
}

export function practiceStrings(locale: Locale): PracticeStrings {
  return {
    lang: localeInfo(locale).lang,
    display: templatesOf(locale, 'display', Object.keys(en.display)),
    steps: {
      card: templatesOf(locale, 'steps.card', Object.keys(en.steps.card)),
      login: templatesOf(locale, 'steps.login', Object.keys(en.steps.login)),
    },
    errors: templatesOf(locale, 'login.errors', Object.keys(en.login.errors)),
    countdown: pluralTemplates(locale, 'login.countdown'),
    timeWarning: pluralTemplates(locale, 'login.timeWarning'),
    timeExtended: pluralTemplates(locale, 'login.timeExtended'),
    screenTitle: rawString(locale, 'simulator:login.screenTitle'),
    looks: templatesOf(locale, 'login.looks', Object.keys(en.login.looks)),
    pinIs: rawString(locale, 'simulator:practice.pinIs'),
    changePinInvalid: rawString(locale, 'simulator:practice.changePinInvalid'),
    changePinDone: rawString(locale, 'simulator:practice.changePinDone'),
    changePinCardOn: rawString(locale, 'simulator:practice.changePinCardOn'),
  };
}
