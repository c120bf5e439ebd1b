// What the translation status page's per-locale tables (StatusArticles, StatusStrings) share: their props, and the
// sentences for glossary and terminology hits.
import type { LocaleReport } from '../l10n/l10n-report.ts';
import type { GlossaryViolation, TerminologyViolation } from '../l10n/wording-check.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface StatusTableProps {
  locale: LocaleReport;
  t: Translate;
  /** Where a repository file opens: the repository's file view, or the copy published with the site. */
  fileUrl: (path: string) => string | undefined;
}

/** One sentence per hit: the glossary's first, then the locale's terminology, in the order they were found. */
export function wordingProblems(
  t: Translate,
  hits: { glossary: readonly GlossaryViolation[]; terminology: readonly TerminologyViolation[] },
): string[] {
  return [
    ...hits.glossary.map(({ found, where, term }) => t('problem.glossary', { found, where, term })),
    ...hits.terminology.map(({ found, where, line, preferred }) =>
      t('problem.terminology', { found, where, line, preferred }),
    ),
  ];
}
