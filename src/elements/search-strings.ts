// What <slh-search> receives from the build in its data-strings attribute (filled by SearchBox.astro).
import type { PluralTemplates } from '../lib/fill-template.ts';
import type { SearchKind } from '../search/search-kinds.ts';

export interface SearchStrings {
  loading: string;
  /** Nothing matches in any language, with {{query}}. */
  noResults: string;
  /** Nothing matches in the page's language but pages in another do, with {{query}} (the language is filled in). */
  otherLanguageResults: string;
  /** "N results found", every plural form the language uses, with {{count}}. */
  results: PluralTemplates;
  unavailable: string;
  /** The label each kind of result shows ("Troubleshooter", "Practice", "Article"). */
  kinds: Record<SearchKind, string>;
}
