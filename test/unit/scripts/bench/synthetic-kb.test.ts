import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  syntheticKnowledgeBase,
  corpusOf,
  madeUpWord,
  randomSource,
  type ArticleFile,
} from '../../../../scripts/bench/synthetic-kb.ts';
import { checkArticles } from '../../../../src/content/article-files.ts';
import { splitFrontmatter } from '../../../../src/content/frontmatter.ts';

const real: ArticleFile[] = ['en', 'it'].flatMap((locale) =>
  readdirSync(join('content/articles', locale))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ locale, slug: f.slice(0, -4), text: readFileSync(join('content/articles', locale, f), 'utf8') })),
);
const perLocale = real.filter((a) => a.locale === 'en').length + 12;
const generated = syntheticKnowledgeBase(real, { perLocale, sourceLocale: 'en' });

describe('the synthetic knowledge base', () => {
  it('tops every locale up to the wanted number of articles', () => {
    expect(generated.filter((a) => a.locale === 'en')).toHaveLength(12);
    expect(generated.filter((a) => a.locale === 'it')).toHaveLength(12);
  });

  it('passes the same checks as real content (schema, ids per slug, references)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slh-synthetic-test-'));
    try {
      for (const a of [...real, ...generated]) {
        mkdirSync(join(dir, a.locale), { recursive: true });
        writeFileSync(join(dir, a.locale, `${a.slug}.mdx`), a.text);
      }
      expect(checkArticles(dir, ['en', 'it'], 'en').problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives each variant a new text in its own language, not a copy', () => {
    const first = generated.find((a) => a.locale === 'it')!;
    const base = real.find((a) => a.locale === 'it' && first.slug.startsWith(a.slug))!;
    expect(first.text).not.toBe(base.text);
    expect(splitFrontmatter(first.text).body).not.toBe(splitFrontmatter(base.text).body);
    const titles = new Set(generated.map((a) => (splitFrontmatter(a.text).data as { title: string }).title));
    expect(titles.size).toBe(generated.length);
  });

  it('is the same for the same seed', () => {
    expect(syntheticKnowledgeBase(real, { perLocale, sourceLocale: 'en' })).toEqual(generated);
    expect(syntheticKnowledgeBase(real, { perLocale, sourceLocale: 'en', seed: 8 })).not.toEqual(generated);
  });

  it('draws its prose from lines MDX reads as plain text', () => {
    const corpus = corpusOf([
      '## 2. A heading\n\nFirst sentence here, long enough. Second one, also long enough!\n<Callout kind="note">Not this.</Callout>\n| not | this |',
    ]);
    expect(corpus.headings).toEqual(['A heading']);
    expect(corpus.sentences).toEqual(['First sentence here, long enough.', 'Second one, also long enough!']);
    expect(madeUpWord(randomSource(1))).toMatch(/^[a-z]{4,8}$/);
  });
});
