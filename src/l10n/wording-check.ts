// The wording rules a translated text must follow, applied to one text: the product names of the glossary
// (never translated) and the locale's terminology (one term per concept). Shared by the article and the
// string checks of the report.
import type { GlossaryTerm } from './glossary.ts';
import { findGlossaryHits, type GlossaryHit } from './glossary-check.ts';
import type { TerminologyEntry } from './terminology.ts';
import { findTerminologyHits } from './terminology-check.ts';

export interface WordingRules {
  glossary: readonly GlossaryTerm[];
  /** The translation locale's terminology; empty when it has none. */
  terminology: readonly TerminologyEntry[];
}

export interface GlossaryViolation extends GlossaryHit {
  /** Where: "title", "summary", "body", or a string key. */
  where: string;
}

export interface TerminologyViolation {
  found: string;
  preferred: string;
  concept: string;
  /** Where: "title", "summary", "body", or a string key. */
  where: string;
  /** The line in the translation file. */
  line: number;
}

/** Product names translated or misspelt in a text. */
export function glossaryViolations(text: string, where: string, rules: WordingRules): GlossaryViolation[] {
  return findGlossaryHits(text, rules.glossary).map((hit) => ({ ...hit, where }));
}

/** Forbidden terms in a text; `lineOf` turns an offset in the text into a line of the file (called only for a hit). */
export function terminologyViolations(
  text: string,
  where: string,
  rules: WordingRules,
  lineOf: (offset: number) => number,
): TerminologyViolation[] {
  return findTerminologyHits(text, rules.terminology).map((hit) => ({
    found: hit.found,
    preferred: hit.preferred,
    concept: hit.concept,
    where,
    line: lineOf(hit.index),
  }));
}
