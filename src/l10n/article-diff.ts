// What changed in an English article between the version a translation was marked against (its snapshot)
// and the current one: the title, the summary, and each section, matched by heading, with a word diff.
import type { SourceText } from '../content/source-hash.ts';
import { normaliseBody } from '../content/source-hash.ts';
import { splitSections, type Section } from './article-sections.ts';
import { changedLines, wordDiff, type DiffPart } from './text-diff.ts';

export interface SectionChange {
  /** The section's heading (the new one when it was renamed), or null for the lead before the first heading. */
  heading: string | null;
  change: 'added' | 'removed' | 'changed';
  /** The lines that changed, as parts; empty when only spacing or line breaks changed. */
  lines: DiffPart[][];
}

export interface ArticleDiff {
  /** Word diffs of the title and summary, when they changed. */
  title?: DiffPart[];
  summary?: DiffPart[];
  sections: SectionChange[];
}

const key = (s: Section) => (s.heading ?? '').trim().toLowerCase();
const same = (a: Section, b: Section) => normaliseBody(a.text) === normaliseBody(b.text);

/** Pairs of indexes of sections with the same heading, in order (a longest common subsequence of headings). */
function matchHeadings(before: readonly Section[], after: readonly Section[]): [number, number][] {
  const n = before.length;
  const m = after.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        key(before[i]!) === key(after[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (key(before[i]!) === key(after[j]!)) pairs.push([i++, j++]);
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function sectionChange(before: Section | undefined, after: Section | undefined): SectionChange {
  const parts = wordDiff(before?.text ?? '', after?.text ?? '');
  const change = !before ? 'added' : !after ? 'removed' : 'changed';
  return { heading: (after ?? before)!.heading, change, lines: changedLines(parts) };
}

/** The changes from `before` to `after`; sections whose text is the same (spacing aside) are left out. */
export function articleDiff(before: SourceText, after: SourceText): ArticleDiff {
  const diff: ArticleDiff = { sections: [] };
  if (before.title.trim() !== after.title.trim()) diff.title = wordDiff(before.title.trim(), after.title.trim());
  if (before.summary.trim() !== after.summary.trim())
    diff.summary = wordDiff(before.summary.trim(), after.summary.trim());
  const a = splitSections(before.body);
  const b = splitSections(after.body);
  let i = 0;
  let j = 0;
  // Between two matched headings, unmatched sections on both sides are renamed ones when they pair up
  // one to one, and removed and added ones otherwise.
  for (const [mi, mj] of [...matchHeadings(a, b), [a.length, b.length] as [number, number]]) {
    const removed = a.slice(i, mi);
    const added = b.slice(j, mj);
    if (removed.length === added.length) {
      removed.forEach((s, k) => {
        if (!same(s, added[k]!)) diff.sections.push(sectionChange(s, added[k]));
      });
    } else
      diff.sections.push(
        ...removed.map((s) => sectionChange(s, undefined)),
        ...added.map((s) => sectionChange(undefined, s)),
      );
    if (mi < a.length && !same(a[mi]!, b[mj]!)) diff.sections.push(sectionChange(a[mi], b[mj]));
    i = mi + 1;
    j = mj + 1;
  }
  return diff;
}
