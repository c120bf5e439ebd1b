// Finds the forbidden variants of a locale's terminology in a text. One regular expression per list,
// compiled once: whole words only (a letter or digit on either side is no match, an apostrophe is, so
// "dell'autenticatore" contains "autenticatore"), any case, ’ and ' alike, and words may be split by
// line breaks or **bold** markers. A variant in brackets right after the preferred term is the English
// name given beside it, as TRANSLATING.md asks: "Carta codici di sicurezza (Security Code Card)".
import type { TerminologyEntry } from './terminology.ts';

export interface TerminologyHit {
  /** The text as written. */
  found: string;
  /** What to write instead. */
  preferred: string;
  concept: string;
  /** Offset of the hit in the text. */
  index: number;
}

interface CompiledTerminology {
  pattern: RegExp;
  /** The entry of each capturing group, in the order of the alternatives. */
  entries: TerminologyEntry[];
  /** Per entry: does the text before a hit end with the preferred term and an opening bracket? */
  bracketed: Map<TerminologyEntry, RegExp>;
}

const letter = '[\\p{L}\\p{N}]';
/** Between two words: spaces or line breaks, and any emphasis markers. */
const gap = '[\\s*_]+';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A variant or term as a regular expression source: words joined by gaps, "*" for the rest of a word, either apostrophe. */
function wordsPattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => {
      const stem = word.endsWith('*') ? word.slice(0, -1) : word;
      const source = escape(stem).replace(/['’]/g, "['’]");
      return word.endsWith('*') ? `${source}${letter}*` : source;
    })
    .join(gap);
}

function compile(terminology: readonly TerminologyEntry[]): CompiledTerminology {
  // Longer variants first, so "Online Security Code Card" wins over "Security Code Card" at the same place.
  const variants = terminology
    .flatMap((entry) => entry.forbidden.map((text) => ({ entry, text })))
    .sort((a, b) => b.text.length - a.text.length);
  const alternatives = variants.map((v) => `(${wordsPattern(v.text)})`).join('|') || '(?!)';
  return {
    pattern: new RegExp(`(?<!${letter})(?:${alternatives})(?!${letter})`, 'giu'),
    entries: variants.map((v) => v.entry),
    bracketed: new Map(
      terminology.map((e) => [e, new RegExp(`(?<!${letter})${wordsPattern(e.preferred)}[\\s*_]*\\([\\s*_]*$`, 'iu')]),
    ),
  };
}

const compiledLists = new WeakMap<readonly TerminologyEntry[], CompiledTerminology>();

/** Every forbidden variant in a text, in reading order. */
export function findTerminologyHits(text: string, terminology: readonly TerminologyEntry[]): TerminologyHit[] {
  if (terminology.length === 0) return [];
  let compiled = compiledLists.get(terminology);
  if (!compiled) compiledLists.set(terminology, (compiled = compile(terminology)));
  const { pattern, entries, bracketed } = compiled;
  const hits: TerminologyHit[] = [];
  for (const match of text.matchAll(pattern)) {
    const group = match.findIndex((g, i) => i > 0 && g !== undefined);
    const entry = entries[group - 1]!;
    const before = text.slice(Math.max(0, match.index - entry.preferred.length - 20), match.index);
    if (bracketed.get(entry)!.test(before)) continue;
    hits.push({ found: match[0], preferred: entry.preferred, concept: entry.concept, index: match.index });
  }
  return hits;
}
