import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markTranslations, MarkError } from '../../../src/l10n/mark-translation.ts';
import { buildL10nReport } from '../../../src/l10n/l10n-report.ts';
import { locales } from '../../../src/i18n/locales.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'slh-mark-'));
  cpSync('test/fixtures/l10n', root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const state = (slug: string) =>
  buildL10nReport({ root, locales, sourceLocale: 'en', cwd: root })
    .locales[0]!.articles.find((a) => a.slug === slug)!.state;

describe('marking a translation as made from the current English', () => {
  it('turns an outdated translation up to date and changes only its hash line', () => {
    const file = join(root, 'articles/it/outdated.mdx');
    const before = readFileSync(file, 'utf8');
    expect(state('outdated')).toBe('outdated');
    const [marked] = markTranslations(root, 'it/outdated', ['en', 'it'], 'en');
    expect(marked).toMatchObject({ file, changed: true });
    expect(state('outdated')).toBe('up-to-date');
    expect(readFileSync(file, 'utf8')).toBe(before.replace('0123456789abcdef', marked!.hash));
  });

  it('marks every article of a locale, and says which were already marked', () => {
    const marked = markTranslations(root, 'it', ['en', 'it'], 'en');
    expect(marked.map((m) => [m.file.slice(root.length + 1), m.changed])).toEqual([
      ['articles/it/lost-reference.mdx', false],
      ['articles/it/outdated.mdx', true],
      ['articles/it/product-name.mdx', false],
      ['articles/it/up-to-date.mdx', false],
    ]);
  });

  it('refuses the source language, unknown locales and missing translations', () => {
    expect(() => markTranslations(root, 'en', ['en', 'it'], 'en')).toThrow(MarkError);
    expect(() => markTranslations(root, 'fr/outdated', ['en', 'it'], 'en')).toThrow(/unknown locale "fr"/);
    expect(() => markTranslations(root, 'it/missing', ['en', 'it'], 'en')).toThrow(/translate the article first/);
  });
});
