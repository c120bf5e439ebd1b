// One string file of one translation locale in the report: keys missing or extra, placeholders and plural
// forms, wording, and the strings whose English changed since they were marked (with both Englishes).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocaleInfo } from '../i18n/locales.ts';
import { stringState } from '../content/translation-state.ts';
import { maskedProse } from './mdx-text.ts';
import { compareStrings, englishFor, flattenStrings, type PlaceholderMismatch } from './string-check.ts';
import { jsonKeyLines } from './text-lines.ts';
import {
  glossaryViolations,
  terminologyViolations,
  type GlossaryViolation,
  type TerminologyViolation,
  type WordingRules,
} from './wording-check.ts';

export type NamespaceState = 'ok' | 'outdated' | 'problems' | 'missing' | 'invalid';

export interface OutdatedString {
  key: string;
  /** The English as it is now. */
  english: string;
  /** The English the translation was marked against; null when never marked, or when that English was not stored. */
  previousEnglish: string | null;
  /** False for a translation that was never marked. */
  marked: boolean;
  translation: string;
}

export interface NamespaceStatus {
  namespace: string;
  /** ok: complete and up to date; outdated: complete, but some English changed; problems: errors to fix. */
  state: NamespaceState;
  sourceFile: string;
  translationFile: string;
  missingKeys: string[];
  extraKeys: string[];
  placeholderMismatches: PlaceholderMismatch[];
  missingPluralForms: string[];
  glossary: GlossaryViolation[];
  terminology: TerminologyViolation[];
  outdatedStrings: OutdatedString[];
}

/** What the report knows about a locale's strings: marks (namespace -> key -> fingerprint) and the stored English. */
export interface StringHistory {
  marks: ReadonlyMap<string, ReadonlyMap<string, string>>;
  snapshots: ReadonlyMap<string, string>;
}

export function namespaceStatus(
  ns: string,
  source: ReadonlyMap<string, string>,
  root: string,
  sourceLocale: string,
  locale: LocaleInfo,
  rules: WordingRules,
  history: StringHistory,
  repoPath: (p: string) => string,
): NamespaceStatus {
  const path = join(root, 'locales', locale.code, `${ns}.json`);
  const base: NamespaceStatus = {
    namespace: ns,
    state: 'ok',
    sourceFile: repoPath(join(root, 'locales', sourceLocale, `${ns}.json`)),
    translationFile: repoPath(path),
    missingKeys: [],
    extraKeys: [],
    placeholderMismatches: [],
    missingPluralForms: [],
    glossary: [],
    terminology: [],
    outdatedStrings: [],
  };
  if (!existsSync(path))
    return { ...base, state: 'missing', missingKeys: compareStrings(source, new Map(), locale.lang).missingKeys };
  const json = readFileSync(path, 'utf8');
  let strings: Map<string, string>;
  try {
    strings = flattenStrings(JSON.parse(json));
  } catch {
    return { ...base, state: 'invalid' };
  }
  const comparison = compareStrings(source, strings, locale.lang);
  let keyLines: Map<string, number> | undefined;
  const lineOf = (key: string) => () => (keyLines ??= jsonKeyLines(json)).get(key) ?? 1;
  const glossary = [...strings].flatMap(([key, value]) => glossaryViolations(value, key, rules));
  const terminology = [...strings].flatMap(([key, value]) =>
    terminologyViolations(maskedProse(value), key, rules, lineOf(key)),
  );
  const marks = history.marks.get(ns);
  const outdatedStrings: OutdatedString[] = [];
  for (const [key, translation] of strings) {
    const english = englishFor(source, key);
    const recorded = marks?.get(key);
    if (english === undefined || stringState(english, recorded) === 'up-to-date') continue;
    outdatedStrings.push({
      key,
      english,
      previousEnglish: recorded ? (history.snapshots.get(recorded) ?? null) : null,
      marked: recorded !== undefined,
      translation,
    });
  }
  const errors =
    comparison.missingKeys.length +
    comparison.placeholderMismatches.length +
    comparison.missingPluralForms.length +
    glossary.length +
    terminology.length;
  const state = errors + comparison.extraKeys.length > 0 ? 'problems' : outdatedStrings.length > 0 ? 'outdated' : 'ok';
  return { ...base, ...comparison, glossary, terminology, outdatedStrings, state };
}
