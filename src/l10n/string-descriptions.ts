// Notes for translators on the English strings (content/string-descriptions/<namespace>.json): what a
// string is, where it shows, how long it may be. Kept beside the content rather than in the string files,
// so i18next and the key checks see only strings. A key may be a pattern, "*" standing for one part
// ("*.*.options.*": every answer of every troubleshooter question); a plural key's note covers every form.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pluralBase } from './string-check.ts';

export interface DescriptionEntry {
  /** A dotted key, or a pattern with "*" parts. */
  pattern: string;
  note: string;
  /** The most characters that fit where the string shows, where there is such a limit. */
  maxLength?: number;
}

/** What a translator is told about one key: every matching note, the general ones first. */
export interface StringContext {
  notes: string[];
  maxLength?: number;
}

export function descriptionsFile(root: string, namespace: string): string {
  return join(root, 'string-descriptions', `${namespace}.json`);
}

/** A namespace's notes; none when it has no file. A malformed entry throws, naming the file and the key. */
export function loadDescriptions(root: string, namespace: string): DescriptionEntry[] {
  const file = descriptionsFile(root, namespace);
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.entries(data)
    .filter(([pattern]) => !pattern.startsWith('$'))
    .map(([pattern, value]) => {
      const entry =
        typeof value === 'string' ? { note: value } : (value as { note?: unknown; maxLength?: unknown } | null);
      const maxLength = entry?.maxLength;
      const ok =
        typeof entry?.note === 'string' &&
        entry.note.trim() !== '' &&
        (maxLength === undefined || (Number.isInteger(maxLength) && (maxLength as number) > 0));
      if (!ok)
        throw new Error(`${file}: "${pattern}" must be a note (text) or { "note": text, "maxLength": a whole number }`);
      return {
        pattern,
        note: entry!.note as string,
        ...(maxLength === undefined ? {} : { maxLength: maxLength as number }),
      };
    });
}

/** What a whole string file is for (its "$about"), told with every string of it. */
export function namespaceAbout(root: string, namespace: string): string | undefined {
  const file = descriptionsFile(root, namespace);
  if (!existsSync(file)) return undefined;
  const about = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)['$about'];
  return typeof about === 'string' ? about : undefined;
}

const wildcards = (pattern: string) => pattern.split('.').filter((p) => p === '*').length;

function matches(pattern: string, key: string): boolean {
  const want = pattern.split('.');
  const have = key.split('.');
  return want.length === have.length && want.every((part, i) => part === '*' || part === have[i]);
}

/** The notes for a key (or a plural form of it), most general first; the most specific length limit wins. */
export function describeKey(entries: readonly DescriptionEntry[], key: string): StringContext {
  const base = pluralBase(key);
  const found = entries
    .filter((e) => matches(e.pattern, key) || matches(e.pattern, base))
    .sort((a, b) => wildcards(b.pattern) - wildcards(a.pattern));
  const limit = found.findLast((e) => e.maxLength !== undefined)?.maxLength;
  return { notes: found.map((e) => e.note), ...(limit === undefined ? {} : { maxLength: limit }) };
}

/** Patterns that match none of the keys: notes left behind when a string was renamed or removed. */
export function unusedDescriptions(entries: readonly DescriptionEntry[], keys: readonly string[]): string[] {
  const bases = keys.map(pluralBase);
  return entries
    .filter((e) => !keys.some((k) => matches(e.pattern, k)) && !bases.some((b) => matches(e.pattern, b)))
    .map((e) => e.pattern);
}
