import { describe, it, expect } from 'vitest';
import { normaliseBody, sourceHash, withSourceHash } from '../../../src/lib/source-hash.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';

describe('the hash of an English body', () => {
  it('is 16 hex digits and changes when the text changes', () => {
    expect(sourceHash('Press OK.')).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceHash('Press OK.')).not.toBe(sourceHash('Press OK twice.'));
  });

  it('ignores line endings, trailing spaces and extra blank lines', () => {
    const body = 'Lead.\n\n## Steps\n\n1. Press OK.\n';
    expect(sourceHash('\r\nLead.  \r\n\r\n\r\n\r\n## Steps\r\n\r\n1. Press OK.\r\n\r\n')).toBe(sourceHash(body));
    expect(normaliseBody(' \nLead.\t\n\n\n\nNext.\n')).toBe('Lead.\n\nNext.');
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
