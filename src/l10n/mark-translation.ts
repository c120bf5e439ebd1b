// `npm run l10n -- --mark it/voice-callback` (or `--mark it` for a whole locale): records in each
// translation that it now matches the current English article, by writing the source body's hash.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceHashOfFile, withSourceHash } from '../content/source-hash.ts';

export interface MarkedTranslation {
  file: string;
  hash: string;
  /** False when the file already had this hash. */
  changed: boolean;
}

export class MarkError extends Error {}

/**
 * Marks the translations a target names: "it" (every Italian article) or "it/voice-callback".
 * Throws MarkError for the source locale, an unknown locale or an article that does not exist.
 */
export function markTranslations(root: string, target: string, localeCodes: readonly string[], sourceLocale: string): MarkedTranslation[] {
  const [locale = '', slug] = target.replace(/\.mdx$/, '').split('/');
  if (locale === sourceLocale) throw new MarkError(`"${target}": ${sourceLocale} is the source language; mark a translation such as it/voice-callback`);
  if (!localeCodes.includes(locale)) throw new MarkError(`"${target}": unknown locale "${locale}" (known: ${localeCodes.join(', ')})`);
  const dir = join(root, 'articles', locale);
  const slugs = slug ? [slug] : existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort() : [];
  return slugs.map((s) => {
    const file = join(dir, `${s}.mdx`);
    const sourceFile = join(root, 'articles', sourceLocale, `${s}.mdx`);
    if (!existsSync(file)) throw new MarkError(`"${target}": ${relative(process.cwd(), file)} does not exist; translate the article first`);
    if (!existsSync(sourceFile)) throw new MarkError(`"${target}": there is no source article ${relative(process.cwd(), sourceFile)}`);
    const hash = sourceHashOfFile(readFileSync(sourceFile, 'utf8'));
    const before = readFileSync(file, 'utf8');
    const after = withSourceHash(before, hash);
    if (after !== before) writeFileSync(file, after);
    return { file, hash, changed: after !== before };
  });
}
