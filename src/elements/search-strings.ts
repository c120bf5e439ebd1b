// What <slh-search> receives from the build in its data-strings attribute (filled by SearchBox.astro).
import type { PluralTemplates } from '../lib/fill-template.ts';

export interface SearchStrings {
  loading: string;
  /** With {{query}}. */
  noResults: string;
  /** "N articles found", every plural form the language uses, with {{count}}. */
  results: PluralTemplates;
  unavailable: string;
}
