// The sentences the translation status page writes for glossary and terminology hits, the same in its article and
// string tables.
import type { GlossaryViolation, TerminologyViolation } from '../l10n/wording-check.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

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
