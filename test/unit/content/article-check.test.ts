import { describe, it, expect } from 'vitest';
import { checkArticleFiles, formatProblems } from '../../../src/content/article-check.ts';
import { checkArticles } from '../../../src/content/article-files.ts';
import { locales, sourceLocale } from '../../../src/i18n/locales.ts';

const codes = locales.map((l) => l.code);

describe('article frontmatter check', () => {
  it('accepts every real article in every locale', () => {
    const { articles, problems } = checkArticles('content/articles', codes, sourceLocale);
    expect(formatProblems(problems)).toBe('');
    expect(articles.length).toBeGreaterThanOrEqual(4);
    for (const code of codes) expect(articles.some((a) => a.locale === code)).toBe(true);
  });

  it('gives every real translation the id of its English source', () => {
    const { articles } = checkArticles('content/articles', codes, sourceLocale);
    const english = new Map(articles.filter((a) => a.locale === 'en').map((a) => [a.slug, a.data.id]));
    for (const a of articles) expect(a.data.id).toBe(english.get(a.slug));
  });

  describe('on the deliberately broken fixture', () => {
    const { problems } = checkArticles('test/fixtures/broken-content/articles', ['en', 'it'], 'en');
    const found = (file: string, field: string) =>
      problems.filter((p) => p.file === `test/fixtures/broken-content/articles/${file}` && p.field === field);

    it('names the file and the field of an unknown topic', () => {
      expect(found('en/wrong-topic.mdx', 'topic')).toHaveLength(1);
    });
    it('names a missing required field', () => {
      expect(found('en/no-summary.mdx', 'summary')).toHaveLength(1);
    });
    it('rejects a duplicate id, pointing at the first user', () => {
      const [dup] = found('en/same-id.mdx', 'id');
      expect(dup?.message).toContain('en/no-summary.mdx');
    });
    it('rejects a related id that no article has', () => {
      expect(found('en/same-id.mdx', 'related.0')[0]?.message).toContain('9999');
    });
    it('rejects a date that is not a date', () => {
      expect(found('en/bad-date.mdx', 'updated')).toHaveLength(1);
    });
    it('rejects a translation whose id differs from its source', () => {
      expect(found('it/same-id.mdx', 'id')[0]?.message).toContain('differs');
    });
    it('reports malformed YAML as a frontmatter problem instead of crashing', () => {
      expect(found('it/bad-yaml.mdx', 'frontmatter')[0]?.message).toMatch(/not valid YAML/);
    });
    it('formats one line per problem with file and field', () => {
      expect(formatProblems(problems)).toContain('test/fixtures/broken-content/articles/en/wrong-topic.mdx: field "topic"');
    });
  });
});

describe('article ids', () => {
  const file = (slug: string, id: string) => ({
    file: `content/articles/en/${slug}.mdx`,
    locale: 'en',
    slug,
    frontmatter: { id, title: 'T', summary: 'S.', topic: 'basics', products: ['tws'], methods: ['sms'], updated: '2026-12-02' },
    body: '',
  });

  it('takes IBKR article numbers as digits, and our own articles by their file name', () => {
    const { problems } = checkArticleFiles([file('voice-callback', '3396'), file('before-you-travel', 'before-you-travel')], ['en'], 'en');
    expect(problems).toEqual([]);
  });

  it('refuses an id of our own that is not the file name, or that looks like an IBKR number with letters', () => {
    const { problems } = checkArticleFiles([file('before-you-travel', 'travel'), file('lock', '9101a')], ['en'], 'en');
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/articles/en/before-you-travel.mdx id',
      'content/articles/en/lock.mdx id',
    ]);
  });
});
