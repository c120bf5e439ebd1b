// `npm run l10n -- --mark <target>`: records that translations match the current English. An article gets
// the English text's hash in its frontmatter (`sourceHash`); a string gets the English string's fingerprint
// in content/string-marks/<locale>.json. Either way a copy of that English is kept (source-snapshots.ts),
// so the report can later show what changed. Targets:
//   it                 every article and every string of a locale
//   it/<slug>          one article (it/voice-callback or it/voice-callback.mdx)
//   it/<namespace>.json   every string of one file (it/wizards.json)
//   it/<namespace>:<key>  one string, or every plural form of it (it/ui:search.results)
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceHash, sourceTextOfFile, stringHash, withSourceHash } from '../content/source-hash.ts';
import { namespaces as sourceNamespaces } from '../i18n/strings.ts';
import { ContentWrites } from './content-writes.ts';
import {
  articleSnapshotFile,
  parseStringSnapshots,
  serialiseArticleSnapshot,
  serialiseStringSnapshots,
  snapshotsDir,
  stringSnapshotsFile,
} from './source-snapshots.ts';
import { englishFor, flattenStrings, pluralBase } from './string-check.ts';
import { parseStringMarks, serialiseStringMarks, stringMarksFile } from './string-marks.ts';

export interface MarkedTranslation {
  /** The article, or the string file whose keys were marked. */
  file: string;
  /** The article's new sourceHash; for strings, how many keys were marked. */
  hash?: string;
  keys?: number;
  /** False when everything named was already marked like this. */
  changed: boolean;
}

export class MarkError extends Error {}

const rel = (p: string) => relative(process.cwd(), p);

/** Marks one article of a locale against the current English, and stores that English. */
export function markArticle(
  writes: ContentWrites,
  root: string,
  locale: string,
  slug: string,
  sourceLocale: string,
): MarkedTranslation {
  const file = join(root, 'articles', locale, `${slug}.mdx`);
  const sourceFile = join(root, 'articles', sourceLocale, `${slug}.mdx`);
  const before = writes.read(file);
  const english = writes.read(sourceFile);
  if (before === undefined)
    throw new MarkError(`${locale}/${slug}: ${rel(file)} does not exist; translate the article first`);
  if (english === undefined) throw new MarkError(`${locale}/${slug}: there is no source article ${rel(sourceFile)}`);
  const text = sourceTextOfFile(english);
  const hash = sourceHash(text);
  const after = withSourceHash(before, hash);
  writes.write(file, after);
  writes.write(articleSnapshotFile(root, slug, hash), serialiseArticleSnapshot(text));
  return { file, hash, changed: after !== before };
}

function readStrings(writes: ContentWrites, file: string): Map<string, string> | undefined {
  const text = writes.read(file);
  if (text === undefined) return undefined;
  try {
    return flattenStrings(JSON.parse(text));
  } catch {
    throw new MarkError(`${rel(file)} is not valid JSON; fix it before marking`);
  }
}

/**
 * Marks strings of one namespace: every translated key (`keys` undefined; marks of keys that no longer exist
 * go), or the named keys and plural bases. Stores the English of each.
 */
export function markStrings(
  writes: ContentWrites,
  root: string,
  locale: string,
  namespace: string,
  sourceLocale: string,
  keys?: readonly string[],
): MarkedTranslation {
  const file = join(root, 'locales', locale, `${namespace}.json`);
  const english = readStrings(writes, join(root, 'locales', sourceLocale, `${namespace}.json`));
  if (!english) throw new MarkError(`${locale}/${namespace}.json: there is no English string file of that name`);
  const translation = readStrings(writes, file);
  if (!translation)
    throw new MarkError(`${locale}/${namespace}.json: ${rel(file)} does not exist; translate the strings first`);
  const marksFile = stringMarksFile(root, locale);
  const marks = parseStringMarks(writes.read(marksFile), marksFile);
  const previous = marks.get(namespace) ?? new Map<string, string>();
  const chosen = [...translation.keys()].filter(
    (k) => englishFor(english, k) !== undefined && (!keys || keys.includes(k) || keys.includes(pluralBase(k))),
  );
  for (const key of keys ?? []) {
    if (!chosen.some((k) => k === key || pluralBase(k) === key)) {
      const known = english.has(key) || [...english.keys()].some((k) => pluralBase(k) === key);
      throw new MarkError(
        `${locale}/${namespace}:${key}: ${known ? `not translated in ${rel(file)} yet; translate it first` : `there is no such key in the English ${namespace}.json`}`,
      );
    }
  }
  // A whole-namespace mark rewrites the list in the translation file's order, dropping marks of keys that are
  // gone; marking some keys changes only theirs, so every other line of the file stays as it was.
  const next = keys ? new Map(previous) : new Map<string, string>();
  const snapshots = parseStringSnapshots(writes.read(stringSnapshotsFile(root)));
  for (const key of chosen) {
    const text = englishFor(english, key)!;
    next.set(key, stringHash(text));
    snapshots.set(stringHash(text), text);
  }
  const changed = next.size !== previous.size || [...next].some(([k, h]) => previous.get(k) !== h);
  marks.set(namespace, next);
  writes.write(marksFile, serialiseStringMarks(marks));
  writes.write(stringSnapshotsFile(root), serialiseStringSnapshots(snapshots));
  return { file, keys: chosen.length, changed };
}

/**
 * Deletes stored English that no translation refers to any more (an article version no locale is marked
 * against, a string fingerprint no locale records), so the folder holds only what the report may need.
 */
export function pruneSnapshots(
  writes: ContentWrites,
  root: string,
  localeCodes: readonly string[],
  sourceLocale: string,
): void {
  const translations = localeCodes.filter((l) => l !== sourceLocale);
  const articlesDir = join(snapshotsDir(root), 'articles');
  for (const slug of existsSync(articlesDir) ? readdirSync(articlesDir) : []) {
    const used = new Set(
      translations.map(
        (l) =>
          /^sourceHash:\s*"?([0-9a-f]+)"?\s*$/m.exec(writes.read(join(root, 'articles', l, `${slug}.mdx`)) ?? '')?.[1],
      ),
    );
    for (const name of readdirSync(join(articlesDir, slug))) {
      if (!used.has(name.replace(/\.mdx$/, ''))) writes.remove(join(articlesDir, slug, name));
    }
  }
  const snapshotsFile = stringSnapshotsFile(root);
  const stored = writes.read(snapshotsFile);
  if (stored === undefined) return;
  const used = new Set(
    translations.flatMap((l) =>
      [...parseStringMarks(writes.read(stringMarksFile(root, l)), l).values()].flatMap((m) => [...m.values()]),
    ),
  );
  writes.write(
    snapshotsFile,
    serialiseStringSnapshots(new Map([...parseStringSnapshots(stored)].filter(([hash]) => used.has(hash)))),
  );
}

const articleSlugs = (root: string, locale: string) => {
  const dir = join(root, 'articles', locale);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.slice(0, -4))
        .sort()
    : [];
};

/**
 * Marks what a target names (see the top of this file) and writes the result.
 * Throws MarkError, writing nothing, for the source locale, an unknown locale, article, file or key.
 */
export function markTranslations(
  root: string,
  target: string,
  localeCodes: readonly string[],
  sourceLocale: string,
): MarkedTranslation[] {
  const slash = target.indexOf('/');
  const locale = slash === -1 ? target : target.slice(0, slash);
  const rest = slash === -1 ? '' : target.slice(slash + 1);
  if (locale === sourceLocale)
    throw new MarkError(
      `"${target}": ${sourceLocale} is the source language; mark a translation such as it/voice-callback`,
    );
  if (!localeCodes.includes(locale))
    throw new MarkError(`"${target}": unknown locale "${locale}" (known: ${localeCodes.join(', ')})`);
  const writes = new ContentWrites();
  const marked: MarkedTranslation[] = [];
  const namespaces = sourceNamespaces(root);
  const key = /^([\w-]+):(.+)$/.exec(rest);
  const namespace = /^([\w-]+)\.json$/.exec(rest)?.[1];
  if (rest === '') {
    marked.push(...articleSlugs(root, locale).map((slug) => markArticle(writes, root, locale, slug, sourceLocale)));
    for (const ns of namespaces)
      if (existsSync(join(root, 'locales', locale, `${ns}.json`)))
        marked.push(markStrings(writes, root, locale, ns, sourceLocale));
  } else if (key) {
    if (!namespaces.includes(key[1]!))
      throw new MarkError(`"${target}": there is no string file ${key[1]}.json (known: ${namespaces.join(', ')})`);
    marked.push(markStrings(writes, root, locale, key[1]!, sourceLocale, [key[2]!]));
  } else if (namespace) {
    if (!namespaces.includes(namespace))
      throw new MarkError(`"${target}": there is no string file ${namespace}.json (known: ${namespaces.join(', ')})`);
    marked.push(markStrings(writes, root, locale, namespace, sourceLocale));
  } else {
    marked.push(markArticle(writes, root, locale, rest.replace(/\.mdx$/, ''), sourceLocale));
  }
  pruneSnapshots(writes, root, localeCodes, sourceLocale);
  writes.apply();
  return marked;
}
