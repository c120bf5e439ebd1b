// The one list of site languages. Adding a locale = an entry here plus its files under content/.
// Plain data with erasable types only, so astro.config.mjs and Node scripts can import it too.

declare const localeBrand: unique symbol;
/**
 * A site locale code ('en', 'it' ...). A plain string becomes one only through isLocale() or toLocale(), which check
 * it against the list below, so a page or helper that takes a Locale can never be handed a typo or another string.
 */
export type Locale = string & { readonly [localeBrand]: true };

export interface LocaleInfo {
  /** URL segment and content folder name. */
  code: Locale;
  /** BCP 47 tag for <html lang>, hreflang, Intl and Pagefind's per-language index. */
  lang: string;
  /** The language's own name, shown in the language switcher. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const sourceLocale = 'en' as Locale;

export const locales: readonly LocaleInfo[] = [
  { code: 'en' as Locale, lang: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'it' as Locale, lang: 'it', nativeName: 'Italiano', dir: 'ltr' },
];

/** Extra locales for tests and tooling (for example a pseudo-locale), as JSON in SLH_EXTRA_LOCALES. */
const extra: LocaleInfo[] = JSON.parse(globalThis.process?.env?.['SLH_EXTRA_LOCALES'] ?? '[]');

export const allLocales: readonly LocaleInfo[] = [...locales, ...extra];

export const localeCodes: readonly Locale[] = allLocales.map((l) => l.code);

/** True when the string is the code of a site locale. */
export function isLocale(code: string): code is Locale {
  return (localeCodes as readonly string[]).includes(code);
}

/** The string as a Locale; throws on an unknown code so a typo cannot silently fall back. */
export function toLocale(code: string): Locale {
  if (!isLocale(code)) throw new Error(`Unknown locale "${code}". Known: ${localeCodes.join(', ')}`);
  return code;
}

/** The locale entry for a code; throws on an unknown code. */
export function localeInfo(code: string): LocaleInfo {
  const locale = toLocale(code);
  return allLocales.find((l) => l.code === locale)!;
}
