// One article of one translation locale in the report: its state, what it lost from the English, the
// wording it got wrong, and for an outdated translation what changed in English since it was marked.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CheckedArticle } from '../content/article-check.ts';
import { sourceHash } from '../content/source-hash.ts';
import { translationState, type TranslationState } from '../content/translation-state.ts';
import { articleDiff, type ArticleDiff } from './article-diff.ts';
import { lostReferences } from './mdx-references.ts';
import { maskedProse, proseOf } from './mdx-text.ts';
import { readArticleSnapshot } from './source-snapshots.ts';
import { lineAt } from './text-lines.ts';
import {
  glossaryViolations,
  terminologyViolations,
  type GlossaryViolation,
  type TerminologyViolation,
  type WordingRules,
} from './wording-check.ts';

export interface ArticleStatus {
  slug: string;
  id: string;
  state: TranslationState;
  sourceFile: string;
  translationFile: string;
  /** Hash of the current English title, summary and body. */
  sourceHash: string;
  /** Hash the translation was marked with; null when it was never marked or does not exist. */
  recordedHash: string | null;
  lostReferences: string[];
  glossary: GlossaryViolation[];
  terminology: TerminologyViolation[];
  /**
   * What changed in English since the translation was marked: only for an outdated translation whose
   * marked English was stored (source-snapshots.ts); null otherwise.
   */
  diff: ArticleDiff | null;
}

/** Lines of a translation file, read only when a finding needs one: where the body and each field start. */
function fileLines(file: string, body: string) {
  let text: string | undefined;
  const read = () => (text ??= readFileSync(resolve(file), 'utf8'));
  return {
    body: (offset: number) => {
      const whole = read();
      const start = whole.endsWith(body)
        ? whole.length - body.length
        : (/^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(whole)?.[0].length ?? 0);
      return lineAt(whole, start + offset);
    },
    field: (name: string) => () => {
      const whole = read();
      const at = new RegExp(`^${name}:`, 'm').exec(whole)?.index ?? 0;
      return lineAt(whole, at);
    },
  };
}

export function articleStatus(
  root: string,
  source: CheckedArticle,
  translation: CheckedArticle | undefined,
  translationPath: string,
  rules: WordingRules,
  repoPath: (p: string) => string,
): ArticleStatus {
  const sourceText = { title: source.data.title, summary: source.data.summary, body: source.body };
  const recorded = translation?.data.sourceHash ?? null;
  const state = translationState(sourceText, translation?.data);
  // The diff is the costly part, and only an outdated translation needs one.
  const before = state === 'outdated' && recorded ? readArticleSnapshot(root, source.slug, recorded) : undefined;
  const status: ArticleStatus = {
    slug: source.slug,
    id: source.data.id,
    state,
    sourceFile: repoPath(source.file),
    translationFile: repoPath(translation?.file ?? translationPath),
    sourceHash: sourceHash(sourceText),
    recordedHash: recorded,
    lostReferences: [],
    glossary: [],
    terminology: [],
    diff: before ? articleDiff(before, sourceText) : null,
  };
  if (!translation) return status;
  const { title, summary } = translation.data;
  const lines = fileLines(translation.file, translation.body);
  status.lostReferences = lostReferences(source.body, translation.body);
  status.glossary = [
    ...glossaryViolations(title, 'title', rules),
    ...glossaryViolations(summary, 'summary', rules),
    ...glossaryViolations(proseOf(translation.body), 'body', rules),
  ];
  status.terminology = [
    ...terminologyViolations(title, 'title', rules, lines.field('title')),
    ...terminologyViolations(summary, 'summary', rules, lines.field('summary')),
    ...terminologyViolations(maskedProse(translation.body), 'body', rules, lines.body),
  ];
  return status;
}
