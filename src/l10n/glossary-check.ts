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

// Letters, digits and "+" (for "Card+" and "DSC+"); apostrophes split words, so "dell'IBKR" has the token "IBKR".
const wordPattern = /[\p{L}\p{N}+]+/gu;
/** Shorter names are checked for case and spacing only: one letter off "TWS" is another word. */
const fuzzyMinLength = 8;

const tokenize = (text: string): Token[] =>
  [...text.matchAll(wordPattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
const join = (tokens: readonly Token[]) => tokens.map((t) => t.text.toLowerCase()).join('');

/** Optimal string alignment distance: edits plus swaps of neighbours ("IBRK" is one step from "IBKR"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function patternsOf(glossary: readonly GlossaryTerm[]): Pattern[] {
  return glossary.flatMap((g) =>
    [g.term, ...g.wrong].map((text, index) => {
      const tokens = tokenize(text);
      return { term: g.term, text, size: tokens.length, joined: join(tokens), isWrongVariant: index > 0 };
    }),
  );
}

/** Every translated or misspelt product name in a text, in reading order. */
export function findGlossaryHits(text: string, glossary: readonly GlossaryTerm[]): GlossaryHit[] {
  const patterns = patternsOf(glossary);
  const byJoined = Map.groupBy(patterns, (p) => p.joined);
  const fuzzy = patterns.filter((p) => !p.isWrongVariant && p.joined.length >= fuzzyMinLength);
  const exactTerms = new Set(glossary.map((g) => g.term));
  const longest = Math.max(0, ...patterns.map((p) => p.size + 1));
  const tokens = tokenize(text);
  const lower = tokens.map((t) => t.text.toLowerCase());
  const hits: GlossaryHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates: Candidate[] = [];
    let joined = '';
    for (let size = 1; size <= Math.min(longest, tokens.length - i); size++) {
      joined += lower[i + size - 1];
      const span = text.slice(tokens[i]!.start, tokens[i + size - 1]!.end);
      const end = i + size;
      for (const p of byJoined.get(joined) ?? []) {
        if (p.isWrongVariant) {
          if (size === p.size) candidates.push({ end, rank: 2, hit: { found: span, term: p.term, kind: 'translated' } });
        } else if (span === p.text) {
          candidates.push({ end, rank: 3 });
        } else if (size <= p.size + 1) {
          candidates.push({ end, rank: 1, hit: { found: span, term: p.term, kind: 'misspelt' } });
        }
      }
      for (const p of fuzzy) {
        if (p.size !== size || Math.abs(joined.length - p.joined.length) > 1 || joined === p.joined || exactTerms.has(span)) continue;
        if (editDistance(joined, p.joined) === 1) candidates.push({ end, rank: 0, hit: { found: span, term: p.term, kind: 'misspelt' } });
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
