// Which kind of page a site path is, from the route patterns alone, so the benchmark and the
// security test can find "one of each" in whatever the sitemap lists today (new wizards included).
import { localeOfPath } from '../../src/i18n/urls.ts';

export const pageTypes = [
  'root',
  'home',
  'article',
  'topic',
  'wizard-index',
  'wizard',
  'practice',
  'contact',
  'search',
  'not-found',
  'other',
] as const;
export type PageType = (typeof pageTypes)[number];

/** Route patterns below the locale segment, first match wins. */
const patterns: readonly [RegExp, PageType][] = [
  [/^$/, 'home'],
  [/^articles\/[^/]+\/$/, 'article'],
  [/^topics\/[^/]+\/$/, 'topic'],
  [/^wizards\/$/, 'wizard-index'],
  [/^wizards\/[^/]+\/$/, 'wizard'],
  [/^practice\/[^/]+\/$/, 'practice'],
  [/^contact\/$/, 'contact'],
  [/^search\/$/, 'search'],
  [/^404\/$/, 'not-found'],
];

/** The page type of a site-relative path such as /it/articles/voice-callback/. */
export function pageTypeOf(pathname: string): PageType {
  if (pathname === '/' || pathname === '/index.html') return 'root';
  if (pathname === '/404.html') return 'not-found';
  const locale = localeOfPath(pathname);
  if (!locale) return 'other';
  const rest = pathname.slice(locale.length + 2);
  return patterns.find(([pattern]) => pattern.test(rest))?.[1] ?? 'other';
}

export interface TypedPage {
  path: string;
  type: PageType;
  /** undefined for language-neutral pages (/, /404.html). */
  locale: string | undefined;
}

/** Each path with its type and locale, in the order given. */
export function classifyPages(paths: readonly string[]): TypedPage[] {
  return paths.map((path) => ({ path, type: pageTypeOf(path), locale: localeOfPath(path) }));
}

/** The first page of every (type, locale) pair: the smallest set that still covers every page type. */
export function onePerTypeAndLocale(paths: readonly string[]): TypedPage[] {
  const seen = new Set<string>();
  return classifyPages(paths).filter((page) => {
    const key = `${page.type}:${page.locale ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Up to `limit` pages spread evenly over the list, so a large type is sampled from end to end. */
export function spreadSample<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  if (limit <= 0) return [];
  if (limit === 1) return [items[0]!];
  const step = (items.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => items[Math.round(i * step)]!);
}
