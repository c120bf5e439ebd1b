// Writes a content folder with an extra pseudo-locale (see pseudo-locale.ts): a copy of content/
// plus locales/<code>/ and articles/<code>/, so a build with SLH_CONTENT_DIR and SLH_EXTRA_LOCALES
// shows what any new locale would look like, without touching the real content.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale, LocaleInfo } from '../i18n/locales.ts';
import { loadGlossary } from './glossary.ts';
import { pseudoArticle, pseudoStrings, pseudoText } from './pseudo-locale.ts';
import { sourceHashOfFile } from '../content/source-hash.ts';
import { ContentWrites } from './content-writes.ts';
import { markStrings } from './mark-translation.ts';

export interface PseudoContentOptions {
  /** The content folder to copy (usually ./content). */
  from: string;
  /** Where to write the copy; created if needed. */
  to: string;
  sourceLocale: string;
  /** URL code of the pseudo-locale. Default xx. */
  code?: string;
  /** BCP 47 tag; en-XA is the conventional tag for accented English. Default en-XA. */
  lang?: string;
  /** Article slugs left untranslated, so the fallback to English shows too. */
  untranslated?: readonly string[];
}

/** Creates the folder and returns the locale entry to pass in SLH_EXTRA_LOCALES. */
export function writePseudoContent(options: PseudoContentOptions): LocaleInfo {
  const { from, to, sourceLocale, code = 'xx', lang = 'en-XA', untranslated = [] } = options;
  cpSync(from, to, { recursive: true });
  const terms = loadGlossary(to).map((g) => g.term);

  const stringsDir = join(to, 'locales', code);
  mkdirSync(stringsDir, { recursive: true });
  const marks = new ContentWrites();
  for (const file of readdirSync(join(to, 'locales', sourceLocale)).filter((f) => f.endsWith('.json'))) {
    const english = JSON.parse(readFileSync(join(to, 'locales', sourceLocale, file), 'utf8'));
    writeFileSync(join(stringsDir, file), `${JSON.stringify(pseudoStrings(english, terms), null, 2)}\n`);
    // Made from the current English, like the articles below: marked up to date.
    markStrings(marks, to, code, file.slice(0, -'.json'.length), sourceLocale);
  }
  marks.apply();

  const articlesDir = join(to, 'articles', code);
  mkdirSync(articlesDir, { recursive: true });
  for (const file of readdirSync(join(to, 'articles', sourceLocale)).filter((f) => f.endsWith('.mdx'))) {
    if (untranslated.includes(file.slice(0, -'.mdx'.length))) continue;
    const english = readFileSync(join(to, 'articles', sourceLocale, file), 'utf8');
    // Made from the current English, so marked as up to date like a finished translation.
    writeFileSync(join(articlesDir, file), pseudoArticle(english, terms, sourceHashOfFile(english)));
  }

  // Not a site locale yet: it becomes one when the caller passes this entry in SLH_EXTRA_LOCALES.
  return { code: code as Locale, lang, nativeName: pseudoText('Pseudo'), dir: 'ltr' };
}
