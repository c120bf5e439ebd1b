// The translation report as text for a terminal: one block per locale with counts, then its
// problems grouped by severity and file, then one result line. Also the English diff of one article.
import type { ArticleStatus } from './article-status.ts';
import type { IssueKind, L10nIssue, L10nReport, LocaleReport } from './l10n-report.ts';
import { changedLines, plainDiffLine, type DiffPart } from './text-diff.ts';

const labels: Record<IssueKind, string> = {
  'invalid-article': 'invalid',
  'article-missing': 'not translated',
  'article-outdated': 'outdated',
  'lost-reference': 'lost reference',
  glossary: 'product name',
  terminology: 'terminology',
  'namespace-missing': 'file missing',
  'invalid-json': 'invalid JSON',
  'missing-key': 'missing key',
  'extra-key': 'extra key',
  placeholder: 'placeholder',
  'plural-form': 'plural form',
  'string-outdated': 'outdated string',
  'description-unused': 'unused note',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Issues grouped by file, each line "label  item (line N): message", then its details indented below. */
function issueLines(issues: readonly L10nIssue[]): string[] {
  const byFile = Map.groupBy(issues, (i) => i.file);
  const width = Math.max(...issues.map((i) => labels[i.kind].length));
  return [...byFile].flatMap(([file, list]) => [
    `    ${file}`,
    ...list.flatMap((i) => [
      `      ${labels[i.kind].padEnd(width)}  ${i.item}${i.line ? ` (line ${i.line})` : ''}: ${i.message}`,
      ...(i.details ?? []).map((d) => `      ${' '.repeat(width)}    ${d}`),
    ]),
  ]);
}

function localeBlock(l: LocaleReport, errorsOnly: boolean): string[] {
  const errors = l.issues.filter((i) => i.severity === 'error');
  const warnings = l.issues.filter((i) => i.severity === 'warning');
  if (errorsOnly)
    return errors.length
      ? [`${l.code} · ${l.nativeName} (${l.lang})`, `  Errors (${errors.length})`, ...issueLines(errors), '']
      : [];
  const c = l.counts;
  const strings = l.namespaces
    .map((n) => `${n.namespace} ${n.state === 'problems' ? 'needs work' : n.state}`)
    .join(' · ');
  return [
    `${l.code} · ${l.nativeName} (${l.lang})`,
    `  Articles  ${c.upToDate} up to date, ${c.outdated} outdated, ${c.missing} missing (of ${c.articles})`,
    `  Strings   ${strings}${c.outdatedStrings ? ` (${plural(c.outdatedStrings, 'outdated string')})` : ''}`,
    ...(errors.length ? [`  Errors (${errors.length})`, ...issueLines(errors)] : []),
    ...(warnings.length ? [`  Warnings (${warnings.length})`, ...issueLines(warnings)] : []),
    ...(l.issues.length ? [] : ['  No problems.']),
    '',
  ];
}

/** The report as text; with errorsOnly, only what fails the check (for `npm test`). */
export function formatReport(report: L10nReport, errorsOnly = false): string {
  const lines: string[] = [];
  if (!errorsOnly)
    lines.push(
      `Translation report · source: ${report.sourceLocale} · ${plural(report.locales.length, 'translation')}`,
      '',
    );
  const sourceIssues = report.sourceIssues.filter((i) => !errorsOnly || i.severity === 'error');
  if (sourceIssues.length)
    lines.push(
      `${report.sourceLocale} (source)`,
      `  Problems (${sourceIssues.length})`,
      ...issueLines(sourceIssues),
      '',
    );
  for (const l of report.locales) lines.push(...localeBlock(l, errorsOnly));
  const result = `l10n: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}.`;
  lines.push(
    report.errors
      ? `${result} Errors (missing keys, placeholders, plural forms, lost references, product names, terms, invalid files) break pages: fix them.`
      : `${result}${report.warnings ? ' Warnings (missing or outdated articles and strings) only mean readers see English or older text.' : ''}`,
  );
  return lines.join('\n');
}

const indent = (lines: readonly string[]) => lines.map((l) => `    ${l}`);
const fieldDiff = (name: string, parts: readonly DiffPart[] | undefined) =>
  parts ? [`  ${name}`, ...indent(changedLines(parts).map(plainDiffLine))] : [];

/** What `--diff <locale>/<slug>` prints: the English changes since the translation was marked, by section. */
export function formatArticleDiff(locale: string, article: ArticleStatus): string {
  const head = `${locale}/${article.slug} · ${article.translationFile}`;
  if (article.state === 'missing') return `${head}\n  Not translated yet: there is nothing to compare.`;
  if (article.state === 'up-to-date')
    return `${head}\n  Up to date: the English has not changed since the translation was marked.`;
  if (!article.recordedHash)
    return `${head}\n  Never marked, so it is not known which English it was made from. Compare it with ${article.sourceFile}, then mark it.`;
  if (!article.diff) {
    return `${head}\n  The English it was marked against (sourceHash ${article.recordedHash}) was not stored, so only git history can show the change:\n  git log -1 --format=%H -S'${article.recordedHash}' -- ${article.translationFile}`;
  }
  const { title, summary, sections } = article.diff;
  return [
    `${head}`,
    `  English changes since the translation was marked ([-removed-] {+added+}), in ${article.sourceFile}:`,
    ...fieldDiff('title', title),
    ...fieldDiff('summary', summary),
    ...sections.flatMap((s) => [
      `  ${s.heading === null ? '(before the first heading)' : `## ${s.heading}`}  ${s.change}`,
      ...(s.lines.length ? indent(s.lines.map(plainDiffLine)) : ['    (only spacing or line breaks)']),
    ]),
  ].join('\n');
}
