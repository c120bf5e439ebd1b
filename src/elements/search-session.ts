// The search behaviour behind <slh-search>, loaded on first use: queries this language's Pagefind
// index (Pagefind picks it from <html lang>) and lists results with their excerpts.

import { fillPlural, fillTemplate } from '../lib/fill-template.ts';
import type { SearchStrings } from './search-strings.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  init(): Promise<void>;
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  debouncedSearch(
    term: string,
    options: { filters: Record<string, string> },
    ms?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Pagefind returns the pages that have every word it knows, so one everyday word that happens to be in some page
 * ("ho perso il telefono": the article on a lost phone never says "ho") can hide the right one. When that leaves
 * few results, each word is searched alone too, and those pages follow: more of the words first, then by score.
 */
async function searchSomeWords(
  pagefind: Pagefind,
  words: readonly string[],
  filters: Record<string, string>,
): Promise<PagefindResult[]> {
  const found = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const { results } of await Promise.all(words.map((word) => pagefind.search(word, { filters })))) {
    for (const result of results) {
      const seen = found.get(result.id) ?? { result, words: 0, score: 0 };
      found.set(result.id, { result, words: seen.words + 1, score: seen.score + result.score });
    }
  }
  return [...found.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((f) => f.result);
}

const MAX_RESULTS = 8;
/** Fewer results than this for several words, and pages with only some of the words are offered after them. */
const FEW_RESULTS = 3;

/** Wires the form of one <slh-search> element to Pagefind. */
export async function attachSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('.results')!;
  const plural = new Intl.PluralRules(document.documentElement.lang);

  let pagefind: Pagefind;
  try {
    // The path is only known once the site is built, so the bundler must not resolve it.
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
  } catch {
    status.textContent = strings.unavailable;
    return;
  }

  // On the search page the query arrives in the address.
  const params = new URLSearchParams(location.search);
  if (!input.value && params.get('q')) input.value = params.get('q') ?? '';
  for (const select of form.querySelectorAll('select')) {
    const wanted = params.get(select.name);
    if (wanted) select.value = wanted;
  }

  let generation = 0;
  const run = async () => {
    const term = input.value.trim();
    const current = ++generation;
    if (!term) {
      list.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const filters: Record<string, string> = {};
    for (const select of form.querySelectorAll('select')) if (select.value) filters[select.name] = select.value;
    status.textContent = strings.loading;
    const search = await pagefind.debouncedSearch(term, { filters }, 200);
    if (search === null || current !== generation) return; // a newer keystroke superseded this one
    let results = search.results;
    const words = [...new Set(term.toLowerCase().split(/\s+/))];
    if (results.length < FEW_RESULTS && words.length > 1) {
      const every = new Set(results.map((r) => r.id));
      const some = await searchSomeWords(pagefind, words, filters);
      if (current !== generation) return;
      results = [...results, ...some.filter((r) => !every.has(r.id))];
    }
    const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (current !== generation) return;
    const count = results.length;
    status.textContent =
      count === 0 ? fillTemplate(strings.noResults, { query: term }) : fillPlural(strings.results, count, plural);
    list.replaceChildren(
      ...data.map((item) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.meta.title ?? item.url;
        const excerpt = document.createElement('p');
        excerpt.innerHTML = item.excerpt; // Pagefind escapes page text and only adds <mark>.
        li.append(link, excerpt);
        return li;
      }),
    );
    list.hidden = data.length === 0;
  };

  input.addEventListener('input', () => void run());
  form.addEventListener('change', () => void run());
  form.addEventListener('submit', () => void run());
  if (input.value) await run();
}
