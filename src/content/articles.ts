// Articles as pages see them: one entry per English article per locale, falling back to the English source (with a
// flag the page turns into a visible notice) when a translation is missing. Read once from the content collection.
import { getCollection, type CollectionEntry } from 'astro:content';
import { localeInfo, sourceLocale, toLocale, type Locale } from '../i18n/locales.ts';
import type { ArticleCheckResult } from './article-check.ts';
import { translationState } from './translation-state.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export interface LocalizedArticle {
  slug: string;
  /** The locale of the page that shows it. */
  locale: Locale;
  /** The entry whose text is shown: the translation, or the English source when there is none. */
  entry: ArticleEntry;
  /** The English source entry. */
  source: ArticleEntry;
  isFallback: boolean;
  /** A translation made from an older English text (see translationState). */
  isOutdated: boolean;
}

const all = await getCollection('articles');

/** Entry ids look like "it/voice-callback". */
function split(entry: ArticleEntry): { locale: string; slug: string } {
  const [locale = '', slug = ''] = entry.id.split('/');
  return { locale, slug };
}

const sources = all.filter((e) => split(e).locale === sourceLocale);
const byId = new Map(all.map((e) => [e.id, e]));
const sourceText = (entry: ArticleEntry) => ({ title: entry.data.title, summary: entry.data.summary, body: entry.body ?? '' });

// Every <Kb>, related list and page asks for a locale's list: build it once per locale, not once per call, or the
// build slows down with the square of the article count (measured: 24 min vs 71 s at 2,000 pages).
const lists = new Map<Locale, LocalizedArticle[]>();

/** Every article of a locale in a stable order (by title in that locale). */
export function articlesFor(locale: Locale): LocalizedArticle[] {
  const cached = lists.get(locale);
  if (cached) return cached;
  const list = sources
    .map((source) => {
      const { slug } = split(source);
      const translated = byId.get(`${locale}/${slug}`);
      const isOutdated = locale !== sourceLocale && translationState(sourceText(source), translated?.data) === 'outdated';
      return { slug, locale, entry: translated ?? source, source, isFallback: !translated, isOutdated };
    })
    // Collation follows the language tag (en-XA, pt-BR), not the URL code.
    .sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, localeInfo(locale).lang));
  lists.set(locale, list);
  return list;
}

// Every <Kb> link and related article looks an id up: one map per locale instead of a search through the list.
const byKbId = new Map<Locale, Map<string, LocalizedArticle>>();

/** The article with a knowledge-base id in a locale; throws so a bad reference fails the build. */
export function articleById(locale: Locale, id: string): LocalizedArticle {
  let ids = byKbId.get(locale);
  if (!ids) {
    ids = new Map(articlesFor(locale).map((a) => [a.source.data.id, a]));
    byKbId.set(locale, ids);
  }
  const found = ids.get(id);
  if (!found) {
    const known = sources.map((s) => s.data.id).sort().join(', ');
    throw new Error(`Unknown knowledge-base article id "${id}" (known ids: ${known})`);
  }
  return found;
}

/** The collection as the translation report takes it: already checked by the loader, so without problems. */
export function checkedArticles(): ArticleCheckResult {
  return {
    articles: all.map((entry) => {
      const { locale, slug } = split(entry);
      return { file: entry.filePath ?? `${locale}/${slug}.mdx`, locale: toLocale(locale), slug, data: entry.data, body: entry.body ?? '' };
    }),
    problems: [],
  };
}

