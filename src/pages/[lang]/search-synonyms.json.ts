// The locale's search synonyms as the search box uses them (see src/search/synonyms.ts): a small JSON map the search
// code fetches on first use, together with Pagefind.
import type { APIRoute } from 'astro';
import { localeStaticPaths, type LocaleProps } from '../../i18n/static-paths.ts';
import { loadSynonyms } from '../../search/synonyms.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<LocaleProps> = ({ props }) =>
  new Response(JSON.stringify(loadSynonyms(props.locale)), { headers: { 'Content-Type': 'application/json' } });
