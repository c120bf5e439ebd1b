// The filters of each troubleshooter (see search-facets.ts): the union of the articles its steps embed, worked out once
// per build and shared by its page (for the search index) and the topic pages (which list it).
import { articleById } from '../content/articles.ts';
import { sourceLocale } from '../i18n/locales.ts';
import type { Troubleshooter } from '../wizards/troubleshooter.ts';
import { facetsOf, type SearchFacets } from './search-facets.ts';

const known = new Map<string, SearchFacets>();

/** The topics, platforms and methods of the articles a troubleshooter leads to (the same in every locale). */
export function troubleshooterFacets(troubleshooter: Troubleshooter): SearchFacets {
  let facets = known.get(troubleshooter.id);
  if (!facets) {
    facets = facetsOf(troubleshooter.articleIds.map((id) => articleById(sourceLocale, id).source.data));
    known.set(troubleshooter.id, facets);
  }
  return facets;
}
