// The one list of site languages. Adding a locale = an entry here plus its files under content/.
// Plain data with erasable types only, so astro.config.mjs and Node scripts can import it too.

export interface LocaleInfo {
  /** URL segment and content folder name. */
  code: string;
  /** BCP 47 tag for <html lang>, hreflang, Intl and Pagefind's per-language index. */
  lang: string;
  /** The language's own name, shown in the language switcher. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const sourceLocale = 'en';

export const locales: readonly LocaleInfo[] = [
  { code: 'en', lang: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'it', lang: 'it', nativeName: 'Italiano', dir: 'ltr' },
];

/** Extra locales for tests and tooling (for example a pseudo-locale), as JSON in SLH_EXTRA_LOCALES. */
const extra: LocaleInfo[] = JSON.parse(globalThis.process?.env?.['SLH_EXTRA_LOCALES'] ?? '[]');

export const allLocales: readonly LocaleInfo[] = [...locales, ...extra];

export const localeCodes: readonly string[] = allLocales.map((l) => l.code);

/** The locale entry for a code; throws on an unknown code so a typo cannot silently fall back. */
export function localeInfo(code: string): LocaleInfo {
  const found = allLocales.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown locale "${code}". Known: ${localeCodes.join(', ')}`);
  return found;
}
