// Locale-aware URLs. Every localised page lives at /<locale>/<same path>, so switching language
// only swaps the first path segment.
import { isLocale, type Locale } from './locales.ts';

/** Site-relative URL of a page in a locale, always with a trailing slash: localeUrl('it', 'articles/x') -> /it/articles/x/ */
export function localeUrl(locale: Locale, path = ''): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return clean ? `/${locale}/${clean}/` : `/${locale}/`;
}

/** The locale code a pathname starts with, or undefined for language-neutral pages such as / */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) ? first : undefined;
}

/** The same page in another locale; language-neutral paths are returned unchanged. */
export function switchLocale(pathname: string, target: Locale): string {
  const current = localeOfPath(pathname);
  if (!current) return pathname;
  return `/${target}${pathname.slice(current.length + 1)}`;
}

/** Page path without its locale prefix, e.g. /it/articles/x/ -> articles/x */
export function pathWithoutLocale(pathname: string): string {
  const current = localeOfPath(pathname);
  const rest = current ? pathname.slice(current.length + 1) : pathname;
  return rest.replace(/^\/+|\/+$/g, '');
}
