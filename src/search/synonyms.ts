// The search synonyms of each locale (content/search/synonyms/<locale>.json), read and checked once: the words
// readers type and the words our pages use for them. The browser gets the result as one small map per locale
// (src/pages/[lang]/search-synonyms.json.ts), fetched with the search code on first use.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentRoot } from '../lib/content-root.ts';
import { searchKey, type SynonymMap } from '../lib/search-query.ts';

const phrase = z.string().trim().min(1, 'must not be empty');

const synonymsSchema = z.strictObject({
  $comment: z.string().optional(),
  groups: z.array(
    z.strictObject({
      /** The words the pages use. */
      pagesSay: phrase,
      /** What readers type instead. */
      readersType: z.array(phrase).min(1, 'must list at least one word or phrase'),
    }),
  ),
});

/** The file of a locale's synonyms in a content folder. */
export function synonymsFile(locale: string, root: string = contentRoot): string {
  return join(root, 'search', 'synonyms', `${locale}.json`);
}

/**
 * A locale's synonyms as the browser uses them: each reader's phrase, as searchKey() writes it, to the pages' words.
 * A locale without a file has none. Throws, naming the file and the group, on a file that is not valid, a phrase
 * with no letters or digits, or a phrase that two groups claim.
 */
export function loadSynonyms(locale: string, root: string = contentRoot): SynonymMap {
  const file = synonymsFile(locale, root);
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = synonymsSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${file}: field "${i.path.join('.') || '(top level)'}": ${i.message}`);
    throw new Error(`Invalid search synonyms:\n${lines.join('\n')}`);
  }
  const map: Record<string, string> = {};
  const problems: string[] = [];
  for (const [index, { pagesSay, readersType }] of parsed.data.groups.entries()) {
    const where = `${file}: group ${index + 1} ("${pagesSay}")`;
    if (!searchKey(pagesSay)) problems.push(`${where}: pagesSay has no letters or digits`);
    for (const typed of readersType) {
      const key = searchKey(typed);
      if (!key) problems.push(`${where}: "${typed}" has no letters or digits`);
      else if (key === searchKey(pagesSay)) problems.push(`${where}: "${typed}" is the same words as pagesSay`);
      else if (map[key] !== undefined && map[key] !== pagesSay) {
        problems.push(`${where}: "${typed}" is already a synonym of "${map[key]}"`);
      } else map[key] = pagesSay;
    }
  }
  if (problems.length > 0) throw new Error(`Invalid search synonyms:\n${problems.join('\n')}`);
  return map;
}
