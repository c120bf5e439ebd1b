// Finds product names that a translation translated or misspelt. A name counts as misspelt when it
// matches a glossary term ignoring case, spaces and hyphens ("IBKR mobile", "Ib Key", "IB-Key"), or,
// for the longer names, is one letter away ("IBRK Mobile"); a listed wrong variant ("Portale Clienti")
// counts as translated.
import type { GlossaryTerm } from './glossary.ts';

export interface GlossaryHit {
  /** The text as written in the translation. */
  found: string;
  /** The glossary spelling it should have. */
  term: string;
  kind: 'translated' | 'misspelt';
}

interface Token {
  text: string;
  start: number;
  end: number;
}

interface Pattern {
  term: string;
  /** The spelling this pattern matches: the term itself or one wrong variant. */
  text: string;
  size: number;
  joined: string;
  isWrongVariant: boolean;
}

interface Candidate {
  end: number;
  rank: number;
  hit?: GlossaryHit;
}

/** A glossary turned into lookup tables once, so checking a text does no set-up work. */
interface CompiledGlossary {
  byJoined: Map<string, Pattern[]>;
  /** The terms checked for one-letter slips, by their number of words, in glossary order. */
  fuzzyBySize: Map<number, Pattern[]>;
  exactTerms: Set<string>;
  /** The most words a window needs: the longest pattern plus one (a name split by a stray space). */
  longest: number;
}

// Letters, digits and "+" (for "Card+" and "DSC+"); apostrophes split words, so "dell'IBKR" has the token "IBKR".
const wordPattern = /[\p{L}\p{N}+]+/gu;
/** Shorter names are checked for case and spacing only: one letter off "TWS" is another word. */
const fuzzyMinLength = 8;

const tokenize = (text: string): Token[] =>
  [...text.matchAll(wordPattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
const join = (tokens: readonly Token[]) => tokens.map((t) => t.text.toLowerCase()).join('');

/** Optimal string alignment distance: edits plus swaps of neighbours ("IBRK" is one step from "IBKR"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** True when a from fromA to its end equals b from fromB to its end. */
function sameTail(a: string, b: string, fromA: number, fromB: number): boolean {
  if (a.length - fromA !== b.length - fromB) return false;
  for (let i = fromA, j = fromB; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/**
 * editDistance(a, b) === 1, in one pass and without a table: after the common prefix, the rest must match
 * once one letter is replaced, dropped, added, or two neighbours swapped. This is the check run on every
 * window of every article, so it must not allocate.
 */
export function isOneEditApart(a: string, b: string): boolean {
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1) return false;
  let p = 0;
  const shorter = Math.min(a.length, b.length);
  while (p < shorter && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (diff === 1) return sameTail(a, b, p + 1, p);
  if (diff === -1) return sameTail(a, b, p, p + 1);
  if (p === a.length) return false;
  if (sameTail(a, b, p + 1, p + 1)) return true;
  return p + 1 < a.length && a[p] === b[p + 1] && a[p + 1] === b[p] && sameTail(a, b, p + 2, p + 2);
}

function compile(glossary: readonly GlossaryTerm[]): CompiledGlossary {
  const patterns: Pattern[] = glossary.flatMap((g) =>
    [g.term, ...g.wrong].map((text, index) => {
      const tokens = tokenize(text);
      return { term: g.term, text, size: tokens.length, joined: join(tokens), isWrongVariant: index > 0 };
    }),
  );
  const fuzzy = patterns.filter((p) => !p.isWrongVariant && p.joined.length >= fuzzyMinLength);
  return {
    byJoined: Map.groupBy(patterns, (p) => p.joined),
    fuzzyBySize: Map.groupBy(fuzzy, (p) => p.size),
    exactTerms: new Set(glossary.map((g) => g.term)),
    longest: Math.max(0, ...patterns.map((p) => p.size + 1)),
  };
}

// The report checks thousands of texts against the same glossary: compile it once per list.
const compiledGlossaries = new WeakMap<readonly GlossaryTerm[], CompiledGlossary>();

function compiled(glossary: readonly GlossaryTerm[]): CompiledGlossary {
  let found = compiledGlossaries.get(glossary);
  if (!found) compiledGlossaries.set(glossary, (found = compile(glossary)));
  return found;
}

/** Every translated or misspelt product name in a text, in reading order. */
export function findGlossaryHits(text: string, glossary: readonly GlossaryTerm[]): GlossaryHit[] {
  const { byJoined, fuzzyBySize, exactTerms, longest } = compiled(glossary);
  const tokens = tokenize(text);
  const lower = tokens.map((t) => t.text.toLowerCase());
  const hits: GlossaryHit[] = [];
  // Sliced only when a pattern needs it: most windows match nothing.
  const span = (from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    candidates.length = 0;
    let joined = '';
    for (let size = 1; size <= Math.min(longest, tokens.length - i); size++) {
      joined += lower[i + size - 1];
      const end = i + size;
      for (const p of byJoined.get(joined) ?? []) {
        if (p.isWrongVariant) {
          if (size === p.size)
            candidates.push({ end, rank: 2, hit: { found: span(i, end), term: p.term, kind: 'translated' } });
        } else if (span(i, end) === p.text) {
          candidates.push({ end, rank: 3 });
        } else if (size <= p.size + 1) {
          candidates.push({ end, rank: 1, hit: { found: span(i, end), term: p.term, kind: 'misspelt' } });
        }
      }
      for (const p of fuzzyBySize.get(size) ?? []) {
        // The length check inside isOneEditApart is the prefilter: most windows end there, before any letter is compared.
        if (joined === p.joined || !isOneEditApart(joined, p.joined)) continue;
        const found = span(i, end);
        if (!exactTerms.has(found)) candidates.push({ end, rank: 0, hit: { found, term: p.term, kind: 'misspelt' } });
      }
    }
    // The longest match wins ("IBKR mobile" is a misspelt "IBKR Mobile", not a correct "IBKR"); on a tie, an exact one.
    const best = candidates.sort((a, b) => b.end - a.end || b.rank - a.rank)[0];
    if (!best) {
      i += 1;
      continue;
    }
    if (best.hit) hits.push(best.hit);
    i = best.end;
  }
  return hits;
}
