// The language versions of a page, one rule for the page head and the sitemap so search engines get
// the same answer from both. Home pages point x-default at the language picker (/); every other page
// points it at the source-language version, which exists for every article.
import { allLocales, sourceLocale } from './locales.ts';
import { localeOfPath, localeUrl, pathWithoutLocale, switchLocale } from './urls.ts';

export interface Alternate {
  /** BCP 47 language tag, or x-default. */
  hreflang: string;
  /** Site-relative path. */
  path: string;
}

/** Alternates of a site-relative path; none for pages outside the locales other than the picker. */
export function alternatesOf(pathname: string): Alternate[] {
  const xDefault = (path: string): Alternate => ({ hreflang: 'x-default', path });
  if (pathname === '/') {
    return [...allLocales.map((l) => ({ hreflang: l.lang, path: localeUrl(l.code) })), xDefault('/')];
  }
  if (!localeOfPath(pathname)) return [];
  const isHome = pathWithoutLocale(pathname) === '';
  return [
    ...allLocales.map((l) => ({ hreflang: l.lang, path: switchLocale(pathname, l.code) })),
    xDefault(isHome ? '/' : switchLocale(pathname, sourceLocale)),
  ];
}
