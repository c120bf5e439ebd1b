// The search behind <slh-search>, loaded on first use: queries this language's Pagefind index (Pagefind picks it from
// <html lang>) with the query as typed and as the pages would say it (the locale's synonyms), lists troubleshooters,
// the practice page and articles with their kind, and when nothing in this language matches, offers the pages of
// another language and, always, the troubleshooters and the contact page.

import { fillPlural, fillTemplate } from '../lib/fill-template.ts';
import { boundedQuery, echoedQuery, queryWords, withSynonyms, type SynonymMap } from '../lib/search-query.ts';
import type { SearchStrings } from './search-strings.ts';
import { bindCombobox } from './search-combobox.ts';
import { resultOption, type ResultData } from './search-option.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
type SearchOptions = { filters: Record<string, string> };
/** What Pagefind's pagefind-entry.json says about each language's index. */
interface PagefindEntry {
  languages?: Record<string, { hash: string }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(term: string, options: SearchOptions): Promise<{ results: PagefindResult[] }>;
  debouncedSearch(term: string, options: SearchOptions, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * How Pagefind ranks, on top of its text scores: a match in a page's keywords (troubleshooters and the practice page
 * carry the words readers type for them, from content/locales/<lang>/search.json) adds to its score, so the
 * troubleshooter for a symptom comes before the articles that mention it.
 */
const RANKING = { metaWeights: { title: 5, keywords: 6, summary: 0, kind: 1 } };
const MAX_RESULTS = 8;
const MAX_OTHER_RESULTS = 5;
/** Fewer results than this for several words, and pages with only some of the words are offered after them. */
const FEW_RESULTS = 3;
const TYPING_PAUSE_MS = 200;

/** The lists one after the other, each result once, where it first appears. */
function inTurn(lists: readonly PagefindResult[][]): PagefindResult[] {
  const seen = new Set<string>();
  return lists.flat().filter((result) => !seen.has(result.id) && seen.add(result.id));
}

/**
 * Pagefind returns the pages that have every word it knows, so one everyday word that happens to be in some page
 * ("ho perso il telefono": the article on a lost phone never says "ho") can hide the right one. When that leaves
 * few results, each word is searched alone too, and those pages follow: more of the words first, then by score.
 */
async function someWords(pagefind: Pagefind, words: readonly string[], options: SearchOptions) {
  const found = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const { results } of await Promise.all(words.map((word) => pagefind.search(word, options)))) {
    for (const result of results) {
      const seen = found.get(result.id) ?? { result, words: 0, score: 0 };
      found.set(result.id, { result, words: seen.words + 1, score: seen.score + result.score });
    }
  }
  return [...found.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((f) => f.result);
}

/** Wires the form of one <slh-search> element to Pagefind. */
export async function attachSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
  const here = root.dataset['locale'] ?? '';
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const listbox = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const found = listbox.querySelector<HTMLElement>('[data-found]')!;
  const offered = listbox.querySelector<HTMLElement>('[data-offered]')!;
  const otherGroups = [...listbox.querySelectorAll<HTMLElement>('[data-fallback]')];
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const combobox = bindCombobox(root, input, listbox, { closeOnBlur: root.dataset['popup'] === 'true' });

  let pagefind: Pagefind;
  let synonyms: SynonymMap = {};
  try {
    // The path is only known once the site is built, so the bundler must not resolve it.
    const url = '/pagefind/pagefind.js';
    const [module, map] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      // Search works without synonyms, so a missing map is no reason to give up.
      fetch(root.dataset['synonyms'] ?? '')
        .then((r) => (r.ok ? (r.json() as Promise<SynonymMap>) : {}))
        .catch(() => ({})),
    ]);
    pagefind = module;
    synonyms = map;
    // Every index is told its locale as a filter (mergeFilter), so results can be asked for one language at a time
    // once another language's index has joined.
    await pagefind.options({ ranking: RANKING, mergeFilter: { locale: here } });
    await pagefind.init();
  } catch {
    status.textContent = strings.unavailable;
    return;
  }

  // The other languages' indexes join on the first search that finds nothing here, not before: most searches never
  // need them. Pagefind skips merging "its own" bundle by path, so they are named by their full address. An index
  // that failed to join would break every later search, so each is first checked to be reachable (offline, only the
  // languages the reader opened are saved).
  let joined: Promise<HTMLElement[]> | undefined;
  const joinOthers = () =>
    (joined ??= (async () => {
      const entry = (await (await fetch('/pagefind/pagefind-entry.json')).json()) as PagefindEntry;
      const ready = await Promise.all(
        otherGroups.map(async (group) => {
          const hash = entry.languages?.[group.dataset['fallbackLang'] ?? '']?.hash;
          return hash !== undefined && (await fetch(`/pagefind/pagefind.${hash}.pf_meta`).catch(() => null))?.ok;
        }),
      );
      const reachable = otherGroups.filter((_, i) => ready[i]);
      for (const { dataset } of reachable) {
        await pagefind.mergeIndex(`${location.origin}/pagefind/`, {
          language: dataset['fallbackLang'],
          baseUrl: '/',
          ranking: RANKING,
          mergeFilter: { locale: dataset['fallback'] },
        });
      }
      // None reachable (offline): try again on a later search, the network may be back.
      if (reachable.length === 0) joined = undefined;
      return reachable;
    })().catch(() => ((joined = undefined), [])));

  // On the search page the query arrives in the address.
  const params = new URLSearchParams(location.search);
  if (!input.value && params.get('q')) input.value = params.get('q') ?? '';
  for (const select of form.querySelectorAll('select')) {
    const wanted = params.get(select.name);
    if (wanted) select.value = wanted;
  }

  /**
   * A query's results in one locale: `full` has the pages Pagefind finds for the query as typed or as the pages say
   * it (synonyms); `some`, when that is only a few, the pages that have some of its words.
   */
  const searchIn = async (locale: string, term: string, debounced: boolean) => {
    const filters: Record<string, string> = { locale };
    for (const select of form.querySelectorAll('select')) if (select.value) filters[select.name] = select.value;
    const options = { filters };
    const first = debounced
      ? await pagefind.debouncedSearch(term, options, TYPING_PAUSE_MS)
      : await pagefind.search(term, options);
    if (first === null) return null; // a newer keystroke superseded this one
    // With readers' words in it, the query in the pages' words ranks first: the synonyms list only words the pages
    // do not use, so the query as typed has fewer words that count.
    const variant = withSynonyms(term, synonyms);
    const full = variant ? inTurn([(await pagefind.search(variant, options)).results, first.results]) : first.results;
    const words = queryWords(variant ? `${term} ${variant}` : term);
    if (full.length >= FEW_RESULTS || words.length < 2) return { full, some: [] };
    const every = new Set(full.map((r) => r.id));
    return { full, some: (await someWords(pagefind, words, options)).filter((r) => !every.has(r.id)) };
  };

  let generation = 0;
  const run = async () => {
    const term = boundedQuery(input.value);
    const current = ++generation;
    if (!term) {
      found.replaceChildren();
      for (const group of [...otherGroups, offered]) group.hidden = true;
      combobox.close();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    const mine = await searchIn(here, term, true);
    if (mine === null || current !== generation) return;
    // When no page here has all the words, another language's pages that do come first: a reader who typed
    // Italian on an English page wants the Italian pages, not English ones that share a word or two.
    let elsewhere: PagefindResult[][] = [];
    if (mine.full.length === 0 && otherGroups.length > 0) {
      const reachable = await joinOthers();
      elsewhere = await Promise.all(
        otherGroups.map(async (group) =>
          reachable.includes(group) ? ((await searchIn(group.dataset['fallback'] ?? '', term, false))?.full ?? []) : [],
        ),
      );
    }
    if (current !== generation) return;
    const fromElsewhere = elsewhere.some((list) => list.length > 0);
    const results = mine.full.length > 0 || !fromElsewhere ? [...mine.full, ...mine.some] : [];
    const [shown, others] = await Promise.all([
      Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data())),
      Promise.all(elsewhere.map((list) => Promise.all(list.slice(0, MAX_OTHER_RESULTS).map((r) => r.data())))),
    ]);
    if (current !== generation) return;

    found.replaceChildren(...shown.map((data, n) => resultOption(data, `${listbox.id}-${n}`, strings.kinds)));
    otherGroups.forEach((group, g) => {
      const items = others[g] ?? [];
      const lang = group.dataset['fallbackLang'] ?? '';
      group.querySelectorAll('[role="option"]').forEach((o) => o.remove());
      group.append(
        ...items.map((data, n) =>
          resultOption(data, `${listbox.id}-${group.dataset['fallback']}-${n}`, strings.kinds, lang),
        ),
      );
      group.hidden = items.length === 0;
    });
    // Nothing here: the troubleshooters and the contact page are always worth offering.
    offered.hidden = results.length > 0;
    const query = echoedQuery(term);
    status.textContent =
      results.length > 0
        ? fillPlural(strings.results, results.length, plural)
        : fillTemplate(fromElsewhere ? strings.otherLanguageResults : strings.noResults, { query });
    combobox.open();
  };

  input.addEventListener('input', () => void run());
  form.addEventListener('change', () => void run());
  form.addEventListener('submit', () => void run());
  if (input.value) await run();
}
