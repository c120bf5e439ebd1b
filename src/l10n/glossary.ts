// The glossary of product names that are never translated (content/glossary.json), loaded and
// validated, so the report, the status page and the pseudo-locale share one list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GlossaryTerm {
  /** The exact spelling every language uses. */
  term: string;
  /** Why it exists and how to use it, for translators. */
  note: string;
  /** Translations or old names that must not appear (matched ignoring case). */
  wrong: string[];
}

/** The glossary file of a content folder. */
function glossaryFile(root: string): string {
  return join(root, 'glossary.json');
}

/** Reads and checks content/glossary.json; a malformed entry throws with its position. */
export function loadGlossary(root: string): GlossaryTerm[] {
  const file = glossaryFile(root);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { terms?: unknown };
  if (!Array.isArray(data.terms)) throw new Error(`${file}: "terms" must be a list`);
  return data.terms.map((entry: unknown, index: number) => {
    const t = entry as Partial<GlossaryTerm>;
    const ok =
      typeof t.term === 'string' &&
      t.term.trim() !== '' &&
      typeof t.note === 'string' &&
      Array.isArray(t.wrong) &&
      t.wrong.every((w) => typeof w === 'string' && w.trim() !== '');
    if (!ok) throw new Error(`${file}: terms[${index}] needs "term" and "note" (text) and "wrong" (a list of text)`);
    return { term: t.term!, note: t.note!, wrong: t.wrong! };
  });
}
