// The translation report as text for a terminal: one block per locale with counts, then its
// problems grouped by severity and file, then one result line.
import type { IssueKind, L10nIssue, L10nReport, LocaleReport } from './l10n-report.ts';

const labels: Record<IssueKind, string> = {
  'invalid-article': 'invalid',
  'article-missing': 'not translated',
  'article-outdated': 'outdated',
  'lost-reference': 'lost reference',
  glossary: 'product name',
  'namespace-missing': 'file missing',
  'invalid-json': 'invalid JSON',
  'missing-key': 'missing key',
  'extra-key': 'extra key',
  placeholder: 'placeholder',
  'plural-form': 'plural form',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Issues grouped by file, each line "label  item: message". */
function issueLines(issues: readonly L10nIssue[]): string[] {
  const byFile = Map.groupBy(issues, (i) => i.file);
  const width = Math.max(...issues.map((i) => labels[i.kind].length));
  return [...byFile].flatMap(([file, list]) => [`    ${file}`, ...list.map((i) => `      ${labels[i.kind].padEnd(width)}  ${i.item}: ${i.message}`)]);
}

function localeBlock(l: LocaleReport, errorsOnly: boolean): string[] {
  const errors = l.issues.filter((i) => i.severity === 'error');
  const warnings = l.issues.filter((i) => i.severity === 'warning');
  if (errorsOnly) return errors.length ? [`${l.code} · ${l.nativeName} (${l.lang})`, `  Errors (${errors.length})`, ...issueLines(errors), ''] : [];
  const c = l.counts;
  const strings = l.namespaces.map((n) => `${n.namespace} ${n.state === 'problems' ? 'needs work' : n.state}`).join(' · ');
  return [
    `${l.code} · ${l.nativeName} (${l.lang})`,
    `  Articles  ${c.upToDate} up to date, ${c.outdated} outdated, ${c.missing} missing (of ${c.articles})`,
    `  Strings   ${strings}`,
    ...(errors.length ? [`  Errors (${errors.length})`, ...issueLines(errors)] : []),
    ...(warnings.length ? [`  Warnings (${warnings.length})`, ...issueLines(warnings)] : []),
    ...(l.issues.length ? [] : ['  No problems.']),
    '',
  ];
}

/** The report as text; with errorsOnly, only what fails the check (for `npm test`). */
export function formatReport(report: L10nReport, errorsOnly = false): string {
  const lines: string[] = [];
  if (!errorsOnly) lines.push(`Translation report · source: ${report.sourceLocale} · ${plural(report.locales.length, 'translation')}`, '');
  if (report.sourceIssues.length) lines.push(`${report.sourceLocale} (source)`, `  Errors (${report.sourceIssues.length})`, ...issueLines(report.sourceIssues), '');
  for (const l of report.locales) lines.push(...localeBlock(l, errorsOnly));
  const result = `l10n: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}.`;
  lines.push(
    report.errors
      ? `${result} Errors (missing keys, placeholders, plural forms, lost references, product names, invalid files) break pages: fix them.`
      : `${result}${report.warnings ? ' Warnings (missing or outdated articles) only mean readers see English or older text.' : ''}`,
  );
  return lines.join('\n');
}
