// What the search box does to a reader's query before Pagefind sees it, in plain functions the browser and the build
// share: the words it is made of, the same query in the words our pages use (synonyms), and the short slice of it the
// status line may repeat.

/** Reader's phrase (as searchKey() writes it) -> the words the pages use for it. Built from content/search/synonyms/. */
export type SynonymMap = Readonly<Record<string, string>>;

/** Longer queries are cut to this many words: nobody types more to find a page, and each word costs a search. */
export const MAX_QUERY_WORDS = 12;
/** The status line repeats at most this many characters of the query. */
export const MAX_ECHO_LENGTH = 40;

// Letters, digits and "+" (Digital Security Card+); everything else (spaces, apostrophes, hyphens) separates words,
// so "one-time code" and "one time code", or "l'SMS" and "l SMS", are the same words.
const word = /[\p{L}\p{N}+]+/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.normalize('NFC').matchAll(word)].map((m) => ({
    text: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The words of a text, lower case, joined by single spaces: how synonym phrases are compared. */
export function searchKey(text: string): string {
  return tokens(text)
    .map((t) => t.text)
    .join(' ');
}

/** The query Pagefind gets: trimmed, and cut after MAX_QUERY_WORDS words. */
export function boundedQuery(query: string): string {
  const found = tokens(query);
  const last = found[MAX_QUERY_WORDS - 1];
  const text = found.length > MAX_QUERY_WORDS && last ? query.normalize('NFC').slice(0, last.end) : query;
  return text.trim();
}

/** Each distinct word of the query, for searching them one at a time. */
export function queryWords(query: string): string[] {
  return [...new Set(tokens(query).map((t) => t.text))].slice(0, MAX_QUERY_WORDS);
}

/**
 * The query with every phrase readers type replaced by the words the pages use, longest phrase first and left to
 * right, the rest of the query kept as typed; undefined when no phrase of the map is in it.
 */
export function withSynonyms(query: string, synonyms: SynonymMap): string | undefined {
  const text = query.normalize('NFC');
  const found = tokens(text);
  const longest = Math.max(0, ...Object.keys(synonyms).map((phrase) => phrase.split(' ').length));
  const words = (from: number, count: number) =>
    found
      .slice(from, from + count)
      .map((t) => t.text)
      .join(' ');
  let out = '';
  let copied = 0;
  let changed = false;
  for (let i = 0; i < found.length;) {
    let matched = 0;
    for (let n = Math.min(longest, found.length - i); n > 0 && matched === 0; n--) {
      const phrase = words(i, n);
      const replacement = synonyms[phrase];
      if (replacement === undefined) continue;
      matched = n;
      // "chiamata vocale" holds "chiamata", a reader's word for "chiamata vocale": the pages' words are there already.
      const pages = searchKey(replacement);
      const length = pages.split(' ').length;
      if (length > n && words(i, length) === pages) continue;
      out += text.slice(copied, found[i]!.start) + replacement;
      copied = found[i + n - 1]!.end;
      changed = true;
    }
    i += matched || 1;
  }
  return changed ? (out + text.slice(copied)).trim() : undefined;
}

/** The query as the status line may repeat it: at most MAX_ECHO_LENGTH characters, cut with "…". */
export function echoedQuery(query: string): string {
  const chars = [...query.trim().replace(/\s+/g, ' ')];
  return chars.length <= MAX_ECHO_LENGTH
    ? chars.join('')
    : `${chars
        .slice(0, MAX_ECHO_LENGTH - 1)
        .join('')
        .trimEnd()}…`;
}
