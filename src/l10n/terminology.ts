// The per-locale terminology list (content/terminology/<locale>.json): for each concept, the one term a
// language uses and the variants it must not use ("codice di verifica" where IBKR's Italian says "codice di
// autenticazione"). Unlike the glossary of product names, it is a list per language, and a language without
// a file simply has no terminology check yet.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TerminologyEntry {
  /** The concept, in English, as the source text names it. */
  concept: string;
  /** The term this language uses for it, everywhere: articles, troubleshooters, the simulator. */
  preferred: string;
  /**
   * Variants the report counts as errors, matched as whole words, ignoring case. A word ending in "*" stands
   * for every word that starts that way ("trasferi*": trasferire, trasferimento).
   */
  forbidden: string[];
  /** Why, and where the term comes from, for translators. */
  note: string;
}

/** The terminology file of a locale in a content folder. */
export function terminologyFile(root: string, locale: string): string {
  return join(root, 'terminology', `${locale}.json`);
}

/** Reads and checks a locale's terminology; none when the file does not exist. A malformed entry throws with its position. */
export function loadTerminology(root: string, locale: string): TerminologyEntry[] {
  const file = terminologyFile(root, locale);
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as { terms?: unknown };
  if (!Array.isArray(data.terms)) throw new Error(`${file}: "terms" must be a list`);
  const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
  return data.terms.map((entry: unknown, index: number) => {
    const t = entry as Partial<TerminologyEntry>;
    const ok =
      text(t.concept) &&
      text(t.preferred) &&
      typeof t.note === 'string' &&
      Array.isArray(t.forbidden) &&
      t.forbidden.length > 0 &&
      t.forbidden.every(text);
    if (!ok)
      throw new Error(
        `${file}: terms[${index}] needs "concept", "preferred" and "note" (text) and "forbidden" (a list of text, at least one)`,
      );
    return { concept: t.concept!, preferred: t.preferred!, forbidden: t.forbidden!, note: t.note! };
  });
}
