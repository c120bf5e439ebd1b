// Articles as pages see them: one entry per English article per locale, falling back to the
// English source (with a flag the page turns into a visible notice) when a translation is missing.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceLocale, localeInfo } from '../i18n/locales.ts';
import { sourceHash } from './source-hash.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export interface LocalizedArticle {
  slug: string;
  /** The locale of the page that shows it. */
  locale: string;
  /** The entry whose text is shown: the translation, or the English source when there is none. */
  entry: ArticleEntry;
  /** The English source entry. */
  source: ArticleEntry;
  isFallback: boolean;
  /** A translation made from an older English body (its sourceHash differs, or was never recorded). */
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
// Every <Kb>, related list and page asks for a locale's list: build it once per locale, not once per
// call, or the build slows down with the square of the article count (measured: 24 min vs 71 s at 2,000 pages).
const cache = new Map<string, LocalizedArticle[]>();

/** Every article of a locale in a stable order (by title in that locale). */
export function articlesFor(locale: string): LocalizedArticle[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const list = sources
    .map((source) => {
      const { slug } = split(source);
      const translated = byId.get(`${locale}/${slug}`);
      const isOutdated = !!translated && locale !== sourceLocale && translated.data.sourceHash !== sourceHash({ title: source.data.title, summary: source.data.summary, body: source.body ?? '' });
      return { slug, locale, entry: translated ?? source, source, isFallback: !translated, isOutdated };
    })
    // Collation follows the language tag (en-XA, pt-BR), not the URL code.
    .sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, localeInfo(locale).lang));
  cache.set(locale, list);
  return list;
}

/** The article with a knowledge-base id in a locale; throws so a bad reference fails the build. */
export function articleById(locale: string, id: string): LocalizedArticle {
  const found = articlesFor(locale).find((a) => a.source.data.id === id);
  if (!found) {
    const known = sources.map((s) => s.data.id).sort().join(', ');
    throw new Error(`Unknown knowledge-base article id "${id}" (known ids: ${known})`);
  }
  return found;
}
