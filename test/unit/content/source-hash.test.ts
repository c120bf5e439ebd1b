import { describe, it, expect } from 'vitest';
import { normaliseBody, sourceHash, sourceHashOfFile, withSourceHash } from '../../../src/content/source-hash.ts';
import { splitFrontmatter } from '../../../src/content/frontmatter.ts';

describe('the hash of an English article', () => {
  const article = { title: 'Voice callback', summary: 'Get the code by phone.', body: 'Press OK.' };

  it('is 16 hex digits and changes when the body, the title or the summary changes', () => {
    const hash = sourceHash(article);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceHash({ ...article, body: 'Press OK twice.' })).not.toBe(hash);
    expect(sourceHash({ ...article, title: 'Voice call' })).not.toBe(hash);
    expect(sourceHash({ ...article, summary: 'Get the code by a call.' })).not.toBe(hash);
  });

  it('does not mix up the parts: moving text from title to summary is a change', () => {
    expect(sourceHash({ title: 'A B', summary: 'C', body: 'D' })).not.toBe(sourceHash({ title: 'A', summary: 'B C', body: 'D' }));
  });

  it('ignores line endings, trailing spaces and extra blank lines', () => {
    const body = 'Lead.\n\n## Steps\n\n1. Press OK.\n';
    const messy = '\r\nLead.  \r\n\r\n\r\n\r\n## Steps\r\n\r\n1. Press OK.\r\n\r\n';
    expect(sourceHash({ ...article, body: messy })).toBe(sourceHash({ ...article, body }));
    expect(normaliseBody(' \nLead.\t\n\n\n\nNext.\n')).toBe('Lead.\n\nNext.');
  });

  it('is the same read from the file, and other frontmatter (dates, ids) does not count', () => {
    const file = (updated: string) => `---\nid: "3396"\ntitle: "${article.title}"\nsummary: "${article.summary}"\nupdated: ${updated}\n---\n${article.body}\n`;
    expect(sourceHashOfFile(file('2026-11-01'))).toBe(sourceHash(article));
    expect(sourceHashOfFile(file('2026-11-29'))).toBe(sourceHash(article));
  });
});

describe('writing the hash into a translation', () => {
  const file = '---\nid: "1"\ntitle: "Titolo"\n---\nCorpo.\n';

  it('adds it at the end of the frontmatter and keeps the rest as it was', () => {
    const updated = withSourceHash(file, '0123456789abcdef');
    expect(updated).toBe('---\nid: "1"\ntitle: "Titolo"\nsourceHash: "0123456789abcdef"\n---\nCorpo.\n');
    expect(splitFrontmatter(updated).data).toMatchObject({ sourceHash: '0123456789abcdef' });
  });

  it('replaces an older hash in place', () => {
    const once = withSourceHash(file, '0123456789abcdef');
    expect(withSourceHash(once, 'fedcba9876543210')).toBe(once.replace('0123456789abcdef', 'fedcba9876543210'));
  });

  it('keeps Windows line endings', () => {
    expect(withSourceHash('---\r\nid: "1"\r\n---\r\nBody\r\n', 'abcabcabcabc0000')).toBe('---\r\nid: "1"\r\nsourceHash: "abcabcabcabc0000"\r\n---\r\nBody\r\n');
  });

  it('refuses a file without frontmatter', () => {
    expect(() => withSourceHash('No frontmatter', 'abcabcabcabc0000')).toThrow(/frontmatter/);
  });
});
