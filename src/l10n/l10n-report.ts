// The translation report: for every locale, which articles are missing, outdated or up to date (with what
// changed in English), what is wrong or outdated in its string files, and which product names and terms it
// got wrong. Shared by `npm run l10n`, the /translation-status/ page and the tests, so they always agree.
import { join, relative, resolve, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Locale, LocaleInfo } from '../i18n/locales.ts';
import type { ArticleCheckResult } from '../content/article-check.ts';
import { checkArticles } from '../content/article-files.ts';
import { namespaces as sourceNamespaces } from '../i18n/strings.ts';
import { articleStatus, type ArticleStatus } from './article-status.ts';
import { loadGlossary } from './glossary.ts';
import { namespaceStatus, type NamespaceStatus } from './namespace-status.ts';
import { loadStringSnapshots } from './source-snapshots.ts';
import { flattenStrings } from './string-check.ts';
import { descriptionsFile, loadDescriptions, unusedDescriptions } from './string-descriptions.ts';
import { loadStringMarks } from './string-marks.ts';
import { loadTerminology } from './terminology.ts';

export type Severity = 'error' | 'warning';

export type IssueKind =
  | 'invalid-article'
  | 'article-missing'
  | 'article-outdated'
  | 'lost-reference'
  | 'glossary'
  | 'terminology'
  | 'namespace-missing'
  | 'invalid-json'
  | 'missing-key'
  | 'extra-key'
  | 'placeholder'
  | 'plural-form'
  | 'string-outdated'
  | 'description-unused';

/** Errors break a page (or the product's name, or a term); warnings only mean readers see English or older text. */
const severityOf: Record<IssueKind, Severity> = {
  'invalid-article': 'error',
  'article-missing': 'warning',
  'article-outdated': 'warning',
  'lost-reference': 'error',
  glossary: 'error',
  terminology: 'error',
  'namespace-missing': 'error',
  'invalid-json': 'error',
  'missing-key': 'error',
  'extra-key': 'warning',
  placeholder: 'error',
  'plural-form': 'error',
  'string-outdated': 'warning',
  'description-unused': 'warning',
};

export interface L10nIssue {
  severity: Severity;
  kind: IssueKind;
  locale: string;
  /** Repository-relative path of the file to fix (or to create). */
  file: string;
  /** What inside the file: a key, a reference, a product name, a term, an article slug. */
  item: string;
  message: string;
  /** The line in the file, where the problem has one. */
  line?: number;
  /** More lines to print under the message (the English before and after a change). */
  details?: string[];
}

export type ArticleState = ArticleStatus['state'];

export interface LocaleReport {
  code: Locale;
  lang: string;
  nativeName: string;
  articles: ArticleStatus[];
  namespaces: NamespaceStatus[];
  counts: {
    upToDate: number;
    outdated: number;
    missing: number;
    articles: number;
    outdatedStrings: number;
    errors: number;
    warnings: number;
  };
  issues: L10nIssue[];
}

export interface L10nReport {
  sourceLocale: string;
  /** Problems in the English side itself (invalid frontmatter, notes for strings that no longer exist), which no translator can fix. */
  sourceIssues: L10nIssue[];
  locales: LocaleReport[];
  errors: number;
  warnings: number;
}

export interface ReportOptions {
  /** The content folder (articles/, locales/, glossary.json, terminology/, string-marks/ ...). */
  root: string;
  locales: readonly LocaleInfo[];
  sourceLocale: string;
  /** Paths in the report are relative to this folder (the repository root). Default: the working directory. */
  cwd?: string;
  /** The articles when the caller has already read and checked them (the build's content collection); read from `root` otherwise. */
  articles?: ArticleCheckResult;
}

const quoted = (text: string | null) => (text === null ? '(not stored)' : JSON.stringify(text));

/** Builds the whole report by reading the content folder. */
export function buildL10nReport(options: ReportOptions): L10nReport {
  const { root, locales, sourceLocale, cwd = process.cwd() } = options;
  // checkArticles names files relative to the working directory; the report relative to `cwd`.
  const repoPath = (p: string) => (relative(cwd, resolve(p)) || p).split(sep).join('/');
  const glossary = loadGlossary(root);
  const codes = locales.map((l) => l.code);
  const checked = options.articles ?? checkArticles(join(root, 'articles'), codes, sourceLocale);
  const sources = checked.articles
    .filter((a) => a.locale === sourceLocale)
    .sort((a, b) => a.slug.localeCompare(b.slug));
  // One lookup per locale and slug instead of a scan of every article for each one.
  const bySlug = new Map(checked.articles.map((a) => [`${a.locale}/${a.slug}`, a]));
  const namespaces = sourceNamespaces(root);
  const sourceStrings = new Map(
    namespaces.map((ns) => [
      ns,
      flattenStrings(JSON.parse(readFileSync(join(root, 'locales', sourceLocale, `${ns}.json`), 'utf8'))),
    ]),
  );
  const snapshots = loadStringSnapshots(root);

  const localeOfProblem = (file: string) =>
    relative(join(root, 'articles'), resolve(file)).split(sep)[0] ?? sourceLocale;
  const invalid = checked.problems.map((p): L10nIssue => ({
    severity: 'error',
    kind: 'invalid-article',
    locale: localeOfProblem(p.file),
    file: repoPath(p.file),
    item: p.field,
    message: p.message,
  }));
  const unused = namespaces.flatMap((ns) =>
    unusedDescriptions(loadDescriptions(root, ns), [...sourceStrings.get(ns)!.keys()]).map((pattern): L10nIssue => ({
      severity: 'warning',
      kind: 'description-unused',
      locale: sourceLocale,
      file: repoPath(descriptionsFile(root, ns)),
      item: pattern,
      message: `matches no key of ${ns}.json: rename or remove it`,
    })),
  );

  const reports = locales
    .filter((l) => l.code !== sourceLocale)
    .map((locale) => {
      const issues: L10nIssue[] = invalid.filter((i) => i.locale === locale.code);
      const add = (
        kind: IssueKind,
        file: string,
        item: string,
        message: string,
        extra: Pick<L10nIssue, 'line' | 'details'> = {},
      ) => issues.push({ severity: severityOf[kind], kind, locale: locale.code, file, item, message, ...extra });
      const rules = { glossary, terminology: loadTerminology(root, locale.code) };

      const articles = sources.map((source) => {
        const translation = bySlug.get(`${locale.code}/${source.slug}`);
        const status = articleStatus(
          root,
          source,
          translation,
          join(root, 'articles', locale.code, `${source.slug}.mdx`),
          rules,
          repoPath,
        );
        const file = status.translationFile;
        if (status.state === 'missing')
          add('article-missing', file, source.slug, 'not translated yet: readers see the English article');
        if (status.state === 'outdated') {
          const how = status.recordedHash
            ? 'the English article changed since this translation was marked'
            : 'never marked with npm run l10n -- --mark';
          add(
            'article-outdated',
            file,
            source.slug,
            status.diff ? `${how}; see npm run l10n -- --diff ${locale.code}/${source.slug}` : how,
          );
        }
        for (const ref of status.lostReferences)
          add('lost-reference', file, ref, 'in the English article but not in the translation');
        for (const hit of status.glossary)
          add('glossary', file, hit.found, `${hit.kind} product name in the ${hit.where}: write "${hit.term}"`);
        for (const hit of status.terminology)
          add('terminology', file, hit.found, `${hit.concept} in the ${hit.where}: write "${hit.preferred}"`, {
            line: hit.line,
          });
        return status;
      });

      const history = { marks: loadStringMarks(root, locale.code), snapshots };
      const strings = namespaces.map((ns) => {
        const status = namespaceStatus(
          ns,
          sourceStrings.get(ns)!,
          root,
          sourceLocale,
          locale,
          rules,
          history,
          repoPath,
        );
        const file = status.translationFile;
        if (status.state === 'missing')
          add('namespace-missing', file, ns, 'the file does not exist: every string shows in English');
        if (status.state === 'invalid') add('invalid-json', file, ns, 'the file is not valid JSON');
        // A missing file is one problem, not one per key.
        if (status.state !== 'missing')
          for (const key of status.missingKeys)
            add('missing-key', file, key, 'missing: the page shows the English text');
        for (const key of status.extraKeys) add('extra-key', file, key, 'not in the English file: unused');
        for (const m of status.placeholderMismatches) {
          add('placeholder', file, m.key, `placeholders ${show(m.found)} differ from English ${show(m.expected)}`);
        }
        for (const key of status.missingPluralForms)
          add('plural-form', file, key, `plural form missing: ${locale.lang} needs it for some counts`);
        for (const hit of status.glossary)
          add('glossary', file, hit.found, `${hit.kind} product name in ${hit.where}: write "${hit.term}"`);
        for (const hit of status.terminology)
          add('terminology', file, hit.found, `${hit.concept} in ${hit.where}: write "${hit.preferred}"`, {
            line: hit.line,
          });
        for (const o of status.outdatedStrings) {
          const message = o.marked
            ? 'the English changed since this string was marked'
            : 'never marked with npm run l10n -- --mark';
          add('string-outdated', file, o.key, message, {
            details: o.marked ? [`was: ${quoted(o.previousEnglish)}`, `now: ${quoted(o.english)}`] : [],
          });
        }
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
          outdatedStrings: strings.reduce((n, s) => n + s.outdatedStrings.length, 0),
          errors: issues.filter((i) => i.severity === 'error').length,
          warnings: issues.filter((i) => i.severity === 'warning').length,
        },
        issues,
      };
    });

  const sourceIssues = [...invalid.filter((i) => i.locale === sourceLocale), ...unused];
  const sourceCount = (severity: Severity) => sourceIssues.filter((i) => i.severity === severity).length;
  return {
    sourceLocale,
    sourceIssues,
    locales: reports,
    errors: sourceCount('error') + reports.reduce((n, r) => n + r.counts.errors, 0),
    warnings: sourceCount('warning') + reports.reduce((n, r) => n + r.counts.warnings, 0),
  };
}

const show = (names: readonly string[]) => (names.length ? names.map((n) => `{{${n}}}`).join(' ') : '(none)');
