import { describe, it, expect } from 'vitest';
import { changedLines, plainDiffLine, wordDiff } from '../../../src/l10n/text-diff.ts';
import { splitSections } from '../../../src/l10n/article-sections.ts';
import { articleDiff } from '../../../src/l10n/article-diff.ts';

const plain = (before: string, after: string) => plainDiffLine(wordDiff(before, after));

describe('a word diff', () => {
  it('marks removed words before the words that replace them', () => {
    expect(plain('Press Login to go on.', 'Select Log in to go on.')).toBe(
      '[-Press-]{+Select+} [-Login-]{+Log in+} to go on.',
    );
  });

  it('gives the texts back: same and removed parts make the old one, same and added the new one', () => {
    const before = 'One two three.\nFour five.';
    const after = 'One 2 three.\nFour five six.\nSeven.';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('keeps only the lines that changed', () => {
    const lines = changedLines(wordDiff('a\nb\nc\nd', 'a\nB\nc\nd\ne')).map(plainDiffLine);
    expect(lines).toEqual(['[-b-]{+B+}', '{+e+}']);
  });

  it('has nothing to show for equal texts', () => {
    expect(changedLines(wordDiff('same text', 'same text'))).toEqual([]);
  });
});

describe('sections of an article body', () => {
  it('cuts at ## headings without losing a byte, and not inside code', () => {
    const body = 'Lead.\n\n## One\n\nText.\n\n```\n## not a heading\n```\n\n### Sub\n\n## Two\nEnd';
    const sections = splitSections(body);
    expect(sections.map((s) => s.heading)).toEqual([null, 'One', 'Two']);
    expect(sections.map((s) => s.text).join('')).toBe(body);
  });

  it('has an empty lead when the body starts with a heading', () => {
    expect(splitSections('## Only\nText')).toEqual([
      { heading: null, text: '' },
      { heading: 'Only', text: '## Only\nText' },
    ]);
  });
});

describe('the English diff of an article', () => {
  const text = (body: string, title = 'T', summary = 'S') => ({ title, summary, body });

  it('treats a section renamed in place as changed, not as removed and added', () => {
    const diff = articleDiff(text('Lead.\n\n## Steps\n\nDo it.\n'), text('Lead.\n\n## What to do\n\nDo it.\n'));
    expect(diff.sections.map((s) => [s.heading, s.change])).toEqual([['What to do', 'changed']]);
  });

  it('ignores changes of spacing only, as the source hash does', () => {
    expect(articleDiff(text('Lead.\n\n## A\n\nText.'), text('Lead.  \n\n\n\n## A\n\nText.\n')).sections).toEqual([]);
  });

  it('reports a new title and summary', () => {
    const diff = articleDiff(text('x', 'Old title', 'Same'), text('x', 'New title', 'Same'));
    expect(plainDiffLine(diff.title!)).toBe('[-Old-]{+New+} title');
    expect(diff.summary).toBeUndefined();
  });
});
