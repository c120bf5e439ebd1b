import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markTranslations, MarkError } from '../../../src/l10n/mark-translation.ts';
import { buildL10nReport } from '../../../src/l10n/l10n-report.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { stringHash } from '../../../src/content/source-hash.ts';
import { flattenStrings } from '../../../src/l10n/string-check.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'slh-mark-'));
  cpSync('test/fixtures/l10n', root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const report = () => buildL10nReport({ root, locales, sourceLocale: 'en', cwd: root }).locales[0]!;
const state = (slug: string) => report().articles.find((a) => a.slug === slug)!.state;
const outdatedStrings = () =>
  report()
    .namespaces.find((n) => n.namespace === 'ui')!
    .outdatedStrings.map((o) => o.key);
const marks = () =>
  JSON.parse(readFileSync(join(root, 'string-marks/it.json'), 'utf8')) as Record<string, Record<string, string>>;
const snapshots = () =>
  JSON.parse(readFileSync(join(root, 'source-snapshots/strings.json'), 'utf8')) as Record<string, string>;
const articleSnapshots = (slug: string) => readdirSync(join(root, 'source-snapshots/articles', slug));

describe('marking an article as made from the current English', () => {
  it('turns an outdated translation up to date and changes only its hash line', () => {
    const file = join(root, 'articles/it/outdated.mdx');
    const before = readFileSync(file, 'utf8');
    expect(state('outdated')).toBe('outdated');
    const [marked] = markTranslations(root, 'it/outdated', ['en', 'it'], 'en');
    expect(marked).toMatchObject({ file, changed: true });
    expect(state('outdated')).toBe('up-to-date');
    expect(readFileSync(file, 'utf8')).toBe(before.replace('0123456789abcdef', marked!.hash!));
  });

  it('stores the English it was marked against, and drops the copy no translation needs any more', () => {
    expect(articleSnapshots('changed')).toEqual(['c800ef92658cfbaf.mdx']);
    const [marked] = markTranslations(root, 'it/changed.mdx', ['en', 'it'], 'en');
    expect(articleSnapshots('changed')).toEqual([`${marked!.hash}.mdx`]);
    const stored = readFileSync(join(root, 'source-snapshots/articles/changed', `${marked!.hash}.mdx`), 'utf8');
    expect(stored).toContain('title: "Changed sections"\nsummary: "The English gained a section and lost one."\n---\n');
    expect(stored).toContain('## Before you start');
  });

  it('marks every article and string of a locale, and says which were already marked', () => {
    const marked = markTranslations(root, 'it', ['en', 'it'], 'en');
    expect(marked.map((m) => [m.file.slice(root.length + 1), m.changed])).toEqual([
      ['articles/it/changed.mdx', true],
      ['articles/it/lost-reference.mdx', false],
      ['articles/it/outdated.mdx', true],
      ['articles/it/product-name.mdx', false],
      ['articles/it/up-to-date.mdx', false],
      ['locales/it/ui.json', true],
    ]);
    expect(outdatedStrings()).toEqual([]);
    expect(report().articles.filter((a) => a.state === 'outdated')).toEqual([]);
  });

  it('refuses the source language, unknown locales and missing translations, writing nothing', () => {
    expect(() => markTranslations(root, 'en', ['en', 'it'], 'en')).toThrow(MarkError);
    expect(() => markTranslations(root, 'fr/outdated', ['en', 'it'], 'en')).toThrow(/unknown locale "fr"/);
    expect(() => markTranslations(root, 'it/missing', ['en', 'it'], 'en')).toThrow(/translate the article first/);
  });
});

describe('marking strings', () => {
  it('marks one key: the English it was made from is recorded and stored, and it is no longer outdated', () => {
    expect(outdatedStrings()).toEqual(['items_one', 'nav.help']);
    const [marked] = markTranslations(root, 'it/ui:nav.help', ['en', 'it'], 'en');
    expect(marked).toMatchObject({ file: join(root, 'locales/it/ui.json'), keys: 1, changed: true });
    expect(outdatedStrings()).toEqual(['items_one']);
    expect(marks()['ui']!['nav.help']).toBe(stringHash('Help'));
    expect(snapshots()[stringHash('Help')]).toBe('Help');
  });

  it('marks every translated form of a plural key by its base name', () => {
    markTranslations(root, 'it/ui:items', ['en', 'it'], 'en');
    expect(marks()['ui']!['items_one']).toBe(stringHash('{{count}} item'));
    expect(outdatedStrings()).toEqual(['nav.help']);
  });

  it('marks a whole string file, keeping the translation file order, and drops stored English nobody refers to', () => {
    expect(snapshots()).toEqual({ [stringHash('{{count}} thing')]: '{{count}} thing' });
    const [marked] = markTranslations(root, 'it/ui.json', ['en', 'it'], 'en');
    expect(marked).toMatchObject({ keys: 4, changed: true });
    expect(Object.keys(marks()['ui']!)).toEqual(['greeting', 'items_one', 'nav.portal', 'nav.help']);
    expect(Object.values(snapshots()).sort()).toEqual([
      'Hello, {{name}}!',
      'Help',
      'Open Client Portal',
      '{{count}} item',
    ]);
    // Marking again changes nothing.
    const bytes = readFileSync(join(root, 'string-marks/it.json'), 'utf8');
    expect(markTranslations(root, 'it/ui.json', ['en', 'it'], 'en')[0]!.changed).toBe(false);
    expect(readFileSync(join(root, 'string-marks/it.json'), 'utf8')).toBe(bytes);
  });

  it('refuses an unknown file, an unknown key and a key not translated yet, writing nothing', () => {
    const before = readFileSync(join(root, 'string-marks/it.json'), 'utf8');
    expect(() => markTranslations(root, 'it/nope.json', ['en', 'it'], 'en')).toThrow(/no string file nope.json/);
    expect(() => markTranslations(root, 'it/ui:nav.nope', ['en', 'it'], 'en')).toThrow(/no such key/);
    expect(() => markTranslations(root, 'it/ui:nav.home', ['en', 'it'], 'en')).toThrow(/not translated .* yet/);
    expect(() => markTranslations(root, 'it/wizards.json', ['en', 'it'], 'en')).toThrow(/translate the strings first/);
    expect(readFileSync(join(root, 'string-marks/it.json'), 'utf8')).toBe(before);
  });

  it('starts the marks file of a locale that has none', () => {
    rmSync(join(root, 'string-marks'), { recursive: true });
    markTranslations(root, 'it/ui:greeting', ['en', 'it'], 'en');
    expect(existsSync(join(root, 'string-marks/it.json'))).toBe(true);
    expect(marks()).toMatchObject({ ui: { greeting: stringHash('Hello, {{name}}!') } });
  });

  it('refuses a string file that is not JSON', () => {
    writeFileSync(join(root, 'locales/it/ui.json'), '{ not json');
    expect(() => markTranslations(root, 'it/ui.json', ['en', 'it'], 'en')).toThrow(/not valid JSON/);
  });
});

describe('the marks of the real content', () => {
  it('record only keys the translation has, each with stored English, so nothing in them is stale', () => {
    const marks = JSON.parse(readFileSync('content/string-marks/it.json', 'utf8')) as Record<
      string,
      Record<string, string> | string
    >;
    const stored = JSON.parse(readFileSync('content/source-snapshots/strings.json', 'utf8')) as Record<string, string>;
    for (const [ns, keys] of Object.entries(marks)) {
      if (typeof keys === 'string') continue;
      const translated = new Set(
        flattenStrings(JSON.parse(readFileSync(`content/locales/it/${ns}.json`, 'utf8'))).keys(),
      );
      expect(
        Object.keys(keys).filter((k) => !translated.has(k)),
        ns,
      ).toEqual([]);
      expect(
        Object.values(keys).filter((h) => !(h in stored)),
        ns,
      ).toEqual([]);
    }
  });
});
