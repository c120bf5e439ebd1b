// `npm run l10n -- --import file.xlf`: writes a translated XLIFF file back into the string files and
// articles, all or nothing. Every unit is checked first (its English still current, its placeholders,
// components and plural forms those of the English); one bad unit and no file is touched. A unit that
// came back changed, or marked translated or final by the tool, is marked up to date; one left
// "needs-review-translation" and unchanged keeps its outdated mark, so a round trip changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocaleInfo } from '../i18n/locales.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { ContentWrites } from './content-writes.ts';
import { codeDifferences } from './inline-codes.ts';
import { markArticle, markStrings, pruneSnapshots } from './mark-translation.ts';
import { neededPluralForms, pluralBase } from './string-check.ts';
import { textKindOf, translationUnits, type Unit, type UnitFile } from './translation-units.ts';
import { readXliff, XliffError, type ReadUnit } from './xliff.ts';

export class ImportError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `Nothing was imported: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

export interface ImportResult {
  locale: string;
  /** Files whose bytes changed. */
  written: string[];
  /** Articles and string files with new marks (some or all of their units now up to date). */
  marked: string[];
  /** Articles not written because the file lacked a translation of some of their parts. */
  skipped: string[];
}

type Json = { [key: string]: string | Json };

/** Sets a dotted key in a string file, a new key going where the English file has it. */
function setString(target: Json, english: Json, path: readonly string[], value: string): Json {
  const [key, ...rest] = path as [string, ...string[]];
  const child = rest.length
    ? setString((target[key] as Json | undefined) ?? {}, (english[key] as Json | undefined) ?? {}, rest, value)
    : value;
  if (key in target) return { ...target, [key]: child };
  const order = Object.keys(english);
  const rank = (k: string) => {
    const i = order.indexOf(k) === -1 ? order.indexOf(`${pluralBase(k)}_other`) : order.indexOf(k);
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  const entries = Object.entries(target);
  const at = entries.findIndex(([k]) => rank(k) > rank(key));
  entries.splice(at === -1 ? entries.length : at, 0, [key, child]);
  return Object.fromEntries(entries);
}

/** The file text with one frontmatter field set to a single-line value, everything else byte for byte. */
function setField(fileText: string, name: 'title' | 'summary', value: string): string {
  const current = (splitFrontmatter(fileText).data as Record<string, unknown>)[name];
  if (current === value) return fileText;
  const updated = fileText.replace(new RegExp(`^${name}:.*$`, 'm'), `${name}: ${JSON.stringify(value)}`);
  if ((splitFrontmatter(updated).data as Record<string, unknown>)[name] !== value)
    throw new Error(`the ${name} is not on one line of the frontmatter`);
  return updated;
}

const reviewed = new Set(['translated', 'final', 'signed-off']);

/** Did the translator act on this unit: change it, or confirm it in their tool? */
const isDone = (unit: ReadUnit, expected: Unit) =>
  unit.target !== expected.target || reviewed.has(unit.state ?? '') || unit.approved;

function findLocale(
  languages: readonly string[],
  locales: readonly LocaleInfo[],
  sourceLocale: string,
): LocaleInfo | string {
  const wanted = [...new Set(languages.map((l) => l.toLowerCase()))];
  if (wanted.length !== 1)
    return `the file mixes target languages (${wanted.join(', ')}); import one language at a time`;
  const locale = locales.find(
    (l) => l.code !== sourceLocale && (l.code.toLowerCase() === wanted[0] || l.lang.toLowerCase() === wanted[0]),
  );
  return (
    locale ??
    `target language "${wanted[0]}" is not a translation locale of this site (${locales
      .filter((l) => l.code !== sourceLocale)
      .map((l) => l.code)
      .join(', ')})`
  );
}

export function importXliff(
  root: string,
  xml: string,
  locales: readonly LocaleInfo[],
  sourceLocale: string,
): ImportResult {
  let files;
  try {
    files = readXliff(xml);
  } catch (error) {
    if (error instanceof XliffError) throw new ImportError([error.message]);
    throw error;
  }
  const source = locales.find((l) => l.code === sourceLocale)!;
  const problems: string[] = files
    .filter((f) => f.sourceLanguage.toLowerCase() !== source.lang.toLowerCase())
    .map((f) => `${f.original}: source language "${f.sourceLanguage}", expected "${source.lang}"`);
  const locale = findLocale(
    files.map((f) => f.targetLanguage),
    locales,
    sourceLocale,
  );
  if (typeof locale === 'string') throw new ImportError([...problems, locale]);
  const expected = new Map(translationUnits(root, locale, sourceLocale, true).map((f) => [f.original, f]));
  const forms = neededPluralForms(locale.lang);

  // First every check, collecting every problem; nothing is written until all pass.
  const accepted: { file: UnitFile; units: { read: ReadUnit; unit: Unit }[]; complete: boolean }[] = [];
  for (const file of files) {
    const known = expected.get(file.original);
    if (!known) {
      problems.push(
        `${file.original}: not a file of the ${locale.code} translation (expected locales/${locale.code}/<file>.json or articles/${locale.code}/<slug>.mdx)`,
      );
      continue;
    }
    if (known.kind === 'strings') {
      try {
        JSON.parse(readFileSync(join(root, file.original), 'utf8'));
      } catch (error) {
        // A missing file is fine (the import creates it); one that is not JSON must be fixed by hand first.
        if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT'))
          problems.push(`${file.original}: the current file is not valid JSON; fix it before importing`);
      }
    }
    const seen = new Set<string>();
    const units: { read: ReadUnit; unit: Unit }[] = [];
    for (const read of file.units) {
      const name = `${file.original}#${read.id} (line ${read.line})`;
      const unit = known.units.find((u) => u.id === read.id);
      if (seen.has(read.id)) problems.push(`${name}: the unit appears twice`);
      seen.add(read.id);
      if (!unit) {
        const base = pluralBase(read.id);
        const isForm = base !== read.id && known.units.some((u) => pluralBase(u.id) === base);
        problems.push(
          isForm
            ? `${name}: plural form "${read.id.slice(base.length + 1)}" is not one ${locale.lang} uses (${forms.join(', ')})`
            : `${name}: no such string or article part`,
        );
        continue;
      }
      if (read.source !== unit.source) {
        problems.push(
          `${name}: the English changed since this file was exported; export again (your tool's memory keeps the translation)`,
        );
        continue;
      }
      if (read.target === undefined || read.target.trim() === '') continue;
      const { missing, extra } = codeDifferences(unit.source, read.target, textKindOf(known));
      if (missing.length)
        problems.push(
          `${name}: the translation lost ${missing.join(' ')} (placeholders and components must stay as in the English)`,
        );
      if (extra.length) problems.push(`${name}: the translation has ${extra.join(' ')}, which the English does not`);
      units.push({ read, unit });
    }
    if (known.kind === 'strings') {
      // A plural string comes back with exactly the forms the language needs, or not at all.
      const bases = Map.groupBy(
        units.filter((u) => pluralBase(u.unit.id) !== u.unit.id),
        (u) => pluralBase(u.unit.id),
      );
      for (const [base, group] of bases) {
        const have = group.map((u) => u.unit.id.slice(base.length + 1));
        if (have.length !== forms.length)
          problems.push(
            `${file.original}#${base}: plural forms ${have.join(', ')} translated; ${locale.lang} needs ${forms.join(', ')}`,
          );
      }
    }
    accepted.push({ file: known, units, complete: known.units.every((u) => units.some((r) => r.unit.id === u.id)) });
  }
  if (problems.length) throw new ImportError(problems);

  const writes = new ContentWrites();
  const result: ImportResult = { locale: locale.code, written: [], marked: [], skipped: [] };
  for (const { file, units, complete } of accepted) {
    const path = join(root, file.original);
    const done = units.filter(({ read, unit }) => isDone(read, unit)).map(({ unit }) => unit.id);
    if (file.kind === 'strings') {
      const ns = file.original.slice(file.original.lastIndexOf('/') + 1, -'.json'.length);
      const english = JSON.parse(readFileSync(join(root, 'locales', sourceLocale, `${ns}.json`), 'utf8')) as Json;
      let strings = JSON.parse(writes.read(path) ?? '{}') as Json;
      for (const { read, unit } of units)
        if (read.target !== unit.target) strings = setString(strings, english, unit.id.split('.'), read.target!);
      if (units.some(({ read, unit }) => read.target !== unit.target))
        writes.write(path, `${JSON.stringify(strings, null, 2)}\n`);
      if (done.length && markStrings(writes, root, locale.code, ns, sourceLocale, done).changed)
        result.marked.push(file.original);
      continue;
    }
    const slug = file.original.slice(file.original.lastIndexOf('/') + 1, -'.mdx'.length);
    const current = writes.read(path);
    if (current === undefined && !complete) {
      result.skipped.push(file.original);
      continue;
    }
    const target = (id: string) => units.find((u) => u.unit.id === id)?.read.target;
    const englishFile = readFileSync(join(root, 'articles', sourceLocale, `${slug}.mdx`), 'utf8');
    // A new translation starts as a copy of the English file; its frontmatter keeps id, topic and the rest.
    let text = current ?? englishFile.replace(/^sourceHash:.*\r?\n/m, '');
    const body = file.segmentation!.rebuild(
      new Map(units.filter((u) => !['title', 'summary'].includes(u.unit.id)).map((u) => [u.unit.id, u.read.target!])),
    );
    try {
      for (const field of ['title', 'summary'] as const)
        if (target(field) !== undefined) text = setField(text, field, target(field)!);
    } catch (error) {
      throw new ImportError([`${file.original}: ${(error as Error).message}`]);
    }
    const { body: oldBody } = splitFrontmatter(text);
    text = text.slice(0, text.length - oldBody.length) + body;
    writes.write(path, text);
    if (
      complete &&
      done.length === file.units.length &&
      markArticle(writes, root, locale.code, slug, sourceLocale).changed
    )
      result.marked.push(file.original);
  }
  pruneSnapshots(
    writes,
    root,
    locales.map((l) => l.code),
    sourceLocale,
  );
  result.written = writes.apply().map((p) => p.slice(root.length + 1));
  return result;
}
