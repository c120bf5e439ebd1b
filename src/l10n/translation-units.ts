// What a locale's translation consists of, as units a translation tool can work on: one per string (one per
// plural form the language needs) and, per article, its title, summary and sections. Each unit has the
// English, the current translation if any, its state (missing, outdated, up to date) and notes for the
// translator. The XLIFF export writes these; the import compares a returned file with them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocaleInfo } from '../i18n/locales.ts';
import { namespaces as sourceNamespaces } from '../i18n/strings.ts';
import { normaliseBody, sourceTextOfFile, type SourceText } from '../content/source-hash.ts';
import { stringState, translationState } from '../content/translation-state.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { articleDiff } from './article-diff.ts';
import { splitSections } from './article-sections.ts';
import { segmentBody, type Segmentation } from './article-segments.ts';
import { findCodes, type TextKind } from './inline-codes.ts';
import { loadStringSnapshots, readArticleSnapshot } from './source-snapshots.ts';
import { englishFor, flattenStrings, neededPluralForms, placeholders, pluralBase } from './string-check.ts';
import { describeKey, loadDescriptions, namespaceAbout } from './string-descriptions.ts';
import { loadStringMarks } from './string-marks.ts';
import { changedLines, plainDiffLine } from './text-diff.ts';

export type UnitState = 'needs-translation' | 'needs-review-translation' | 'translated';

export interface Unit {
  /** Unique within its file: the string key, or title, summary, s0, s1 ... body for an article. */
  id: string;
  /** A readable name: the key, or the section heading. */
  resname: string;
  source: string;
  target?: string;
  state: UnitState;
  notes: string[];
  maxLength?: number;
}

export interface UnitFile {
  /** The translation file, relative to the content folder: locales/it/ui.json, articles/it/voice-callback.mdx. */
  original: string;
  kind: 'strings' | 'article';
  units: Unit[];
  /** For an article: how its body is cut into segments, to rebuild it on import. */
  segmentation?: Segmentation;
}

/** Rough limits for the fields search results show; longer text gets cut there. */
const titleLength = 70;
const summaryLength = 170;

const stateOf = (target: string | undefined, upToDate: boolean): UnitState =>
  target === undefined ? 'needs-translation' : upToDate ? 'translated' : 'needs-review-translation';

/** Counts (0 to 1000) a plural form is used for in a language: "1", or "2, 3, 4, 22 ...". */
function pluralExamples(lang: string, form: string): string {
  const rules = new Intl.PluralRules(lang);
  const counts = Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === form);
  return counts.length ? `${counts.slice(0, 4).join(', ')}${counts.length > 4 ? ' …' : ''}` : 'fractions only';
}

/** The kind of text in a file: a string file holds strings, an article MDX. */
export const textKindOf = (file: Pick<UnitFile, 'kind'>): TextKind => (file.kind === 'strings' ? 'string' : 'mdx');

function codeNote(text: string, kind: TextKind): string[] {
  const names = placeholders(text);
  const components = findCodes(text, kind).filter((c) => c.ctype === 'x-mdx-component');
  return [
    ...(names.length ? [`Placeholders, kept exactly as written: ${names.map((n) => `{{${n}}}`).join(' ')}.`] : []),
    ...(components.length
      ? [
          'The tags are components (links, callouts, figures): keep each one, and translate only the text between an opening and a closing tag.',
        ]
      : []),
  ];
}

function stringFiles(root: string, locale: LocaleInfo, sourceLocale: string, all: boolean): UnitFile[] {
  const marks = loadStringMarks(root, locale.code);
  const snapshots = loadStringSnapshots(root);
  const forms = neededPluralForms(locale.lang);
  return sourceNamespaces(root).map((ns) => {
    const english = flattenStrings(JSON.parse(readFileSync(join(root, 'locales', sourceLocale, `${ns}.json`), 'utf8')));
    const file = join(root, 'locales', locale.code, `${ns}.json`);
    let translation = new Map<string, string>();
    try {
      if (existsSync(file)) translation = flattenStrings(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // An invalid file is the report's error; here every string of it counts as missing.
    }
    const descriptions = loadDescriptions(root, ns);
    const about = namespaceAbout(root, ns);
    // One group per English key, or per plural base with the forms this language needs.
    const groups = new Map<string, string[]>();
    for (const key of english.keys()) {
      const base = pluralBase(key);
      if (base === key) groups.set(key, [key]);
      else
        groups.set(
          base,
          forms.map((f) => `${base}_${f}`),
        );
    }
    const units = [...groups.values()].flatMap((keys) => {
      const group = keys.map((key): Unit => {
        const source = englishFor(english, key)!;
        const target = translation.get(key);
        const recorded = marks.get(ns)?.get(key);
        const upToDate = stringState(source, recorded) === 'up-to-date';
        const context = describeKey(descriptions, key);
        const form = key === pluralBase(key) ? undefined : key.slice(pluralBase(key).length + 1);
        const previous = recorded ? snapshots.get(recorded) : undefined;
        const notes = [
          about ? `Where: ${about} (${ns}.json, ${key})` : `Where: ${ns}.json, ${key}`,
          ...context.notes,
          ...(form
            ? [
                `Plural form "${form}" of ${pluralBase(key)}, used for counts such as ${pluralExamples(locale.lang, form)}.`,
              ]
            : []),
          ...codeNote(source, 'string'),
          ...(context.maxLength ? [`At most ${context.maxLength} characters.`] : []),
          ...(target !== undefined && !upToDate
            ? [
                recorded
                  ? `The English changed since this was translated. It was: ${previous === undefined ? '(not stored)' : JSON.stringify(previous)}`
                  : 'Never marked as up to date: check it against the English.',
              ]
            : []),
        ];
        return {
          id: key,
          resname: key,
          source,
          ...(target === undefined ? {} : { target }),
          state: stateOf(target, upToDate),
          notes,
          ...(context.maxLength ? { maxLength: context.maxLength } : {}),
        };
      });
      // A plural string goes out whole when any of its forms needs work.
      return all || group.some((u) => u.state !== 'translated') ? group : [];
    });
    return { original: `locales/${locale.code}/${ns}.json`, kind: 'strings' as const, units };
  });
}

function articleFile(
  root: string,
  locale: LocaleInfo,
  sourceLocale: string,
  slug: string,
  all: boolean,
): UnitFile | undefined {
  const english = sourceTextOfFile(readFileSync(join(root, 'articles', sourceLocale, `${slug}.mdx`), 'utf8'));
  const path = join(root, 'articles', locale.code, `${slug}.mdx`);
  const translationFile = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const translation = translationFile === undefined ? undefined : sourceTextOfFile(translationFile);
  const recorded =
    translationFile === undefined
      ? undefined
      : (splitFrontmatter(translationFile).data as { sourceHash?: string } | null)?.sourceHash;
  const state = translationState(english, translation && { sourceHash: recorded });
  if (state === 'up-to-date' && !all) return undefined;
  const before: SourceText | undefined =
    state === 'outdated' && recorded ? readArticleSnapshot(root, slug, recorded) : undefined;
  const diff = before ? articleDiff(before, english) : undefined;
  const oldSections = new Set(before ? splitSections(before.body).map((s) => normaliseBody(s.text)) : []);
  const segmentation = segmentBody(english.body, translation?.body);
  const where = `Where: the article "${english.title}" (articles/${locale.code}/${slug}.mdx)`;
  const unknownSource =
    state === 'outdated' && !before
      ? ['It is not known which English this was translated from: compare it with the English.']
      : [];
  const changedNote = (lines: string[]) =>
    lines.length ? [`The English changed since this was translated ([-removed-] {+added+}):\n${lines.join('\n')}`] : [];
  const field = (id: 'title' | 'summary', maxLength: number, note: string): Unit => {
    const changed = state === 'outdated' && (!before || before[id].trim() !== english[id].trim());
    const parts = diff?.[id];
    return {
      id,
      resname: id,
      source: english[id],
      ...(translation ? { target: translation[id] } : {}),
      state: stateOf(translation?.[id], !changed),
      notes: [
        where,
        note,
        `At most ${maxLength} characters.`,
        ...(changed ? [...unknownSource, ...changedNote(parts ? changedLines(parts).map(plainDiffLine) : [])] : []),
      ],
      maxLength,
    };
  };
  const count = segmentation.segments.length;
  const sections = segmentation.segments.map((segment, i): Unit => {
    const changed = state === 'outdated' && (!before || !oldSections.has(normaliseBody(segment.english)));
    const heading =
      segment.id === 'body'
        ? 'the whole body (the translation has other sections than the English)'
        : segment.heading === null
          ? 'the lead, before the first heading'
          : `"${segment.heading}"`;
    const change = diff?.sections.find((s) => s.heading === segment.heading && s.change !== 'removed');
    return {
      id: segment.id,
      resname: segment.heading ?? (segment.id === 'body' ? 'body' : 'lead'),
      source: segment.english,
      ...(segment.translation === undefined ? {} : { target: segment.translation }),
      state: stateOf(segment.translation, !changed),
      notes: [
        `${where}, part ${i + 1} of ${count}: ${heading}.`,
        'Markdown: keep "## " before headings, numbers before steps, **bold** around screen labels and the | of tables.',
        ...codeNote(segment.english, 'mdx'),
        ...(changed ? [...unknownSource, ...changedNote(change?.lines.map(plainDiffLine) ?? [])] : []),
      ],
    };
  });
  const units = [
    field('title', titleLength, 'The article title: page heading, search result and browser tab.'),
    field(
      'summary',
      summaryLength,
      'One sentence for article lists, search results and the description search engines show.',
    ),
    ...sections,
  ];
  return { original: `articles/${locale.code}/${slug}.mdx`, kind: 'article', units, segmentation };
}

/** Every unit of a locale (`all`), or only those that are missing or outdated, by file. Files with no unit are left out. */
export function translationUnits(root: string, locale: LocaleInfo, sourceLocale: string, all: boolean): UnitFile[] {
  const dir = join(root, 'articles', sourceLocale);
  const slugs = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length))
    .sort();
  const files = [
    ...stringFiles(root, locale, sourceLocale, all),
    ...slugs.flatMap((slug) => articleFile(root, locale, sourceLocale, slug, all) ?? []),
  ];
  return files.filter((f) => f.units.length > 0);
}
