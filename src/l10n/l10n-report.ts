// The translation report: for every locale, which articles are missing, outdated or up to date,
// what is wrong in its string files, and which product names it translated. Shared by
// `npm run l10n`, the /translation-status/ page and the tests, so they always agree.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Locale, LocaleInfo } from '../i18n/locales.ts';
import type { ArticleCheckResult, CheckedArticle } from '../content/article-check.ts';
import { checkArticles } from '../content/article-files.ts';
import { translationState } from '../content/translation-state.ts';
import { namespaces as sourceNamespaces } from '../i18n/strings.ts';
import { loadGlossary, type GlossaryTerm } from './glossary.ts';
import { findGlossaryHits, type GlossaryHit } from './glossary-check.ts';
import { lostReferences } from './mdx-references.ts';
import { proseOf } from './mdx-text.ts';
import { sourceHash } from '../content/source-hash.ts';
import { compareStrings, flattenStrings, type PlaceholderMismatch } from './string-check.ts';

export type Severity = 'error' | 'warning';

export type IssueKind =
  | 'invalid-article'
  | 'article-missing'
  | 'article-outdated'
  | 'lost-reference'
  | 'glossary'
  | 'namespace-missing'
  | 'invalid-json'
  | 'missing-key'
  | 'extra-key'
  | 'placeholder'
  | 'plural-form';

/** Errors break a page (or the product's name); warnings only mean readers see English or older text. */
const severityOf: Record<IssueKind, Severity> = {
  'invalid-article': 'error',
  'article-missing': 'warning',
  'article-outdated': 'warning',
  'lost-reference': 'error',
  glossary: 'error',
  'namespace-missing': 'error',
  'invalid-json': 'error',
  'missing-key': 'error',
  'extra-key': 'warning',
  placeholder: 'error',
  'plural-form': 'error',
};

export interface L10nIssue {
  severity: Severity;
  kind: IssueKind;
  locale: string;
  /** Repository-relative path of the file to fix (or to create). */
  file: string;
  /** What inside the file: a key, a reference, a product name, an article slug. */
  item: string;
  message: string;
}

export type ArticleState = 'up-to-date' | 'outdated' | 'missing';

export interface GlossaryViolation extends GlossaryHit {
  /** Where: "title", "summary", "body", or a string key. */
  where: string;
}

export interface ArticleStatus {
  slug: string;
  id: string;
  state: ArticleState;
  sourceFile: string;
  translationFile: string;
  /** Hash of the current English body. */
  sourceHash: string;
  /** Hash the translation was marked with; null when it was never marked or does not exist. */
  recordedHash: string | null;
  lostReferences: string[];
  glossary: GlossaryViolation[];
}

export type NamespaceState = 'ok' | 'problems' | 'missing' | 'invalid';

export interface NamespaceStatus {
  namespace: string;
  state: NamespaceState;
  sourceFile: string;
  translationFile: string;
  missingKeys: string[];
  extraKeys: string[];
  placeholderMismatches: PlaceholderMismatch[];
  missingPluralForms: string[];
  glossary: GlossaryViolation[];
}

export interface LocaleReport {
  code: Locale;
  lang: string;
  nativeName: string;
  articles: ArticleStatus[];
  namespaces: NamespaceStatus[];
  counts: { upToDate: number; outdated: number; missing: number; articles: number; errors: number; warnings: number };
  issues: L10nIssue[];
}

export interface L10nReport {
  sourceLocale: string;
  /** Problems in the English source itself (invalid frontmatter), which no translator can fix. */
  sourceIssues: L10nIssue[];
  locales: LocaleReport[];
  errors: number;
  warnings: number;
}

export interface ReportOptions {
  /** The content folder (articles/, locales/, glossary.json). */
  root: string;
  locales: readonly LocaleInfo[];
  sourceLocale: string;
  /** Paths in the report are relative to this folder (the repository root). Default: the working directory. */
  cwd?: string;
  /** The articles when the caller has already read and checked them (the build's content collection); read from `root` otherwise. */
  articles?: ArticleCheckResult;
}

/** Builds the whole report by reading the content folder. */
export function buildL10nReport(options: ReportOptions): L10nReport {
  const { root, locales, sourceLocale, cwd = process.cwd() } = options;
  // checkArticles names files relative to the working directory; the report relative to `cwd`.
  const repoPath = (p: string) => (relative(cwd, resolve(p)) || p).split(sep).join('/');
  const glossary = loadGlossary(root);
  const codes = locales.map((l) => l.code);
  const checked = options.articles ?? checkArticles(join(root, 'articles'), codes, sourceLocale);
  const sources = checked.articles.filter((a) => a.locale === sourceLocale).sort((a, b) => a.slug.localeCompare(b.slug));
  const namespaces = sourceNamespaces(root);
  const sourceStrings = new Map(namespaces.map((ns) => [ns, flattenStrings(readJson(join(root, 'locales', sourceLocale, `${ns}.json`)))]));

  const localeOfProblem = (file: string) => relative(join(root, 'articles'), resolve(file)).split(sep)[0] ?? sourceLocale;
  const invalid = checked.problems.map(
    (p): L10nIssue => ({
      severity: 'error',
      kind: 'invalid-article',
      locale: localeOfProblem(p.file),
      file: repoPath(p.file),
      item: p.field,
      message: p.message,
    }),
  );

  const reports = locales
    .filter((l) => l.code !== sourceLocale)
    .map((locale) => {
      const issues: L10nIssue[] = invalid.filter((i) => i.locale === locale.code);
      const add = (kind: IssueKind, file: string, item: string, message: string) =>
        issues.push({ severity: severityOf[kind], kind, locale: locale.code, file, item, message });

      const articles = sources.map((source) => {
        const translation = checked.articles.find((a) => a.locale === locale.code && a.slug === source.slug);
        const status = articleStatus(source, translation, join(root, 'articles', locale.code, `${source.slug}.mdx`), glossary, repoPath);
        const file = status.translationFile;
        if (status.state === 'missing') add('article-missing', file, source.slug, 'not translated yet: readers see the English article');
        if (status.state === 'outdated') {
          add('article-outdated', file, source.slug, status.recordedHash ? 'the English article changed since this translation was marked' : 'never marked with npm run l10n -- --mark');
        }
        for (const ref of status.lostReferences) add('lost-reference', file, ref, 'in the English article but not in the translation');
        for (const hit of status.glossary) add('glossary', file, hit.found, `${hit.kind} product name in the ${hit.where}: write "${hit.term}"`);
        return status;
      });

      const strings = namespaces.map((ns) => {
        const status = namespaceStatus(ns, sourceStrings.get(ns) ?? new Map(), root, sourceLocale, locale, glossary, repoPath);
        const file = status.translationFile;
        if (status.state === 'missing') add('namespace-missing', file, ns, 'the file does not exist: every string shows in English');
        if (status.state === 'invalid') add('invalid-json', file, ns, 'the file is not valid JSON');
        // A missing file is one problem, not one per key.
        if (status.state !== 'missing') for (const key of status.missingKeys) add('missing-key', file, key, 'missing: the page shows the English text');
        for (const key of status.extraKeys) add('extra-key', file, key, 'not in the English file: unused');
        for (const m of status.placeholderMismatches) {
          add('placeholder', file, m.key, `placeholders ${show(m.found)} differ from English ${show(m.expected)}`);
        }
        for (const key of status.missingPluralForms) add('plural-form', file, key, `plural form missing: ${locale.lang} needs it for some counts`);
        for (const hit of status.glossary) add('glossary', file, hit.found, `${hit.kind} product name in ${hit.where}: write "${hit.term}"`);
        return status;
      });

      const count = (state: ArticleState) => articles.filter((a) => a.state === state).length;
      return {
        code: locale.code,
        lang: locale.lang,
        nativeName: locale.nativeName,
        articles,
        namespaces: strings,
        counts: {
          upToDate: count('up-to-date'),
          outdated: count('outdated'),
          missing: count('missing'),
          articles: articles.length,
          errors: issues.filter((i) => i.severity === 'error').length,
          warnings: issues.filter((i) => i.severity === 'warning').length,
        },
        issues,
      };
    });

  const sourceIssues = invalid.filter((i) => i.locale === sourceLocale);
  return {
    sourceLocale,
    sourceIssues,
    locales: reports,
    errors: sourceIssues.length + reports.reduce((n, r) => n + r.counts.errors, 0),
    warnings: reports.reduce((n, r) => n + r.counts.warnings, 0),
  };
}

const show = (names: readonly string[]) => (names.length ? names.map((n) => `{{${n}}}`).join(' ') : '(none)');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function articleStatus(
  source: CheckedArticle,
  translation: CheckedArticle | undefined,
  translationPath: string,
  glossary: readonly GlossaryTerm[],
  repoPath: (p: string) => string,
): ArticleStatus {
  const sourceText = { title: source.data.title, summary: source.data.summary, body: source.body };
  const recorded = translation?.data.sourceHash ?? null;
  const where = (field: string, text: string) => findGlossaryHits(text, glossary).map((hit) => ({ ...hit, where: field }));
  return {
    slug: source.slug,
    id: source.data.id,
    state: translationState(sourceText, translation?.data),
    sourceFile: repoPath(source.file),
    translationFile: repoPath(translation?.file ?? translationPath),
    sourceHash: sourceHash(sourceText),
    recordedHash: recorded,
    lostReferences: translation ? lostReferences(source.body, translation.body) : [],
    glossary: translation
      ? [...where('title', translation.data.title), ...where('summary', translation.data.summary), ...where('body', proseOf(translation.body))]
      : [],
  };
}

function namespaceStatus(
  ns: string,
  source: ReadonlyMap<string, string>,
  root: string,
  sourceLocale: string,
  locale: LocaleInfo,
  glossary: readonly GlossaryTerm[],
  repoPath: (p: string) => string,
): NamespaceStatus {
  const path = join(root, 'locales', locale.code, `${ns}.json`);
  const base = {
    namespace: ns,
    sourceFile: repoPath(join(root, 'locales', sourceLocale, `${ns}.json`)),
    translationFile: repoPath(path),
    missingKeys: [] as string[],
    extraKeys: [] as string[],
    placeholderMismatches: [] as PlaceholderMismatch[],
    missingPluralForms: [] as string[],
    glossary: [] as GlossaryViolation[],
  };
  if (!existsSync(path)) return { ...base, state: 'missing', missingKeys: compareStrings(source, new Map(), locale.lang).missingKeys };
  let strings: Map<string, string>;
  try {
    strings = flattenStrings(readJson(path));
  } catch {
    return { ...base, state: 'invalid' };
  }
  const comparison = compareStrings(source, strings, locale.lang);
  const glossaryHits = [...strings].flatMap(([key, value]) => findGlossaryHits(value, glossary).map((hit) => ({ ...hit, where: key })));
  const clean =
    comparison.missingKeys.length + comparison.extraKeys.length + comparison.placeholderMismatches.length + comparison.missingPluralForms.length + glossaryHits.length === 0;
  return { ...base, ...comparison, glossary: glossaryHits, state: clean ? 'ok' : 'problems' };
}
