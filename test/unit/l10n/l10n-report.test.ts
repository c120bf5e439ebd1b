import { describe, it, expect } from 'vitest';
import { buildL10nReport } from '../../../src/l10n/l10n-report.ts';
import { locales, sourceLocale, type Locale } from '../../../src/i18n/locales.ts';

const fixture = buildL10nReport({ root: 'test/fixtures/l10n', locales, sourceLocale });
const italian = fixture.locales.find((l) => l.code === 'it')!;
const dir = 'test/fixtures/l10n';

describe('the translation report on the fixture', () => {
  it('reports every problem of the fixture, and nothing else', () => {
    expect(italian.issues.map((i) => [i.severity, i.kind, i.file, i.item])).toEqual([
      ['warning', 'article-outdated', `${dir}/articles/it/changed.mdx`, 'changed'],
      ['error', 'terminology', `${dir}/articles/it/changed.mdx`, 'codice di verifica'],
      ['error', 'lost-reference', `${dir}/articles/it/lost-reference.mdx`, '<Kb id="9001" />'],
      ['warning', 'article-missing', `${dir}/articles/it/missing.mdx`, 'missing'],
      ['warning', 'article-outdated', `${dir}/articles/it/outdated.mdx`, 'outdated'],
      ['error', 'glossary', `${dir}/articles/it/product-name.mdx`, 'Ib Key'],
      ['error', 'glossary', `${dir}/articles/it/product-name.mdx`, 'Portale Clienti'],
      ['error', 'missing-key', `${dir}/locales/it/ui.json`, 'nav.home'],
      ['error', 'placeholder', `${dir}/locales/it/ui.json`, 'greeting'],
      ['error', 'plural-form', `${dir}/locales/it/ui.json`, 'items_other'],
      ['error', 'glossary', `${dir}/locales/it/ui.json`, 'Portale Clienti'],
      ['error', 'terminology', `${dir}/locales/it/ui.json`, 'codice di verifica'],
      ['warning', 'string-outdated', `${dir}/locales/it/ui.json`, 'items_one'],
      ['warning', 'string-outdated', `${dir}/locales/it/ui.json`, 'nav.help'],
      ['error', 'namespace-missing', `${dir}/locales/it/wizards.json`, 'wizards'],
    ]);
    expect(fixture.sourceIssues).toEqual([]);
  });

  it('counts articles by state, outdated strings, and errors and warnings', () => {
    expect(italian.counts).toEqual({
      upToDate: 3,
      outdated: 2,
      missing: 1,
      articles: 6,
      outdatedStrings: 2,
      errors: 10,
      warnings: 5,
    });
    expect([fixture.errors, fixture.warnings]).toEqual([10, 5]);
  });

  it('gives each article its state, files and hashes', () => {
    const bySlug = Object.fromEntries(italian.articles.map((a) => [a.slug, a]));
    expect(Object.fromEntries(italian.articles.map((a) => [a.slug, a.state]))).toEqual({
      changed: 'outdated',
      'lost-reference': 'up-to-date',
      missing: 'missing',
      outdated: 'outdated',
      'product-name': 'up-to-date',
      'up-to-date': 'up-to-date',
    });
    expect(bySlug['outdated']).toMatchObject({
      id: '9002',
      sourceFile: `${dir}/articles/en/outdated.mdx`,
      translationFile: `${dir}/articles/it/outdated.mdx`,
      recordedHash: '0123456789abcdef',
    });
    expect(bySlug['outdated']!.sourceHash).toMatch(/^[0-9a-f]{16}$/);
    expect(bySlug['missing']).toMatchObject({
      recordedHash: null,
      lostReferences: [],
      glossary: [],
      terminology: [],
      diff: null,
    });
    // Outdated, but the English it was marked against was not stored: no diff to show.
    expect(bySlug['outdated']!.diff).toBeNull();
    expect(bySlug['up-to-date']!.diff).toBeNull();
  });

  it('says where a product name went wrong and how to write it', () => {
    const article = italian.articles.find((a) => a.slug === 'product-name')!;
    expect(article.glossary).toEqual([
      { found: 'Ib Key', term: 'IB Key', kind: 'misspelt', where: 'summary' },
      { found: 'Portale Clienti', term: 'Client Portal', kind: 'translated', where: 'body' },
    ]);
  });

  it('shows what changed in English since an outdated translation was marked, by section', () => {
    const { diff } = italian.articles.find((a) => a.slug === 'changed')!;
    const text = (parts: { kind: string; text: string }[]) =>
      parts.map((p) => (p.kind === 'same' ? p.text : p.kind === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('');
    expect(diff!.title).toBeUndefined();
    expect(text(diff!.summary!)).toBe('The English [-lost-]{+gained+} a section{+ and lost one+}.');
    expect(diff!.sections.map((s) => [s.heading, s.change, s.lines.map(text)])).toEqual([
      ['Before you start', 'added', ['{+## Before you start+}', '{+Have your card ready.+}']],
      ['Steps', 'changed', ['2. Type the response and [-press-]{+select+} [-Login-]{+Log in+}.']],
      ['Old notes', 'removed', ['[-## Old notes-]', '[-This section went away.-]']],
    ]);
  });

  it('names the file and line of a forbidden term, in an article and in a string file', () => {
    const article = italian.articles.find((a) => a.slug === 'changed')!;
    expect(article.terminology).toEqual([
      {
        found: 'codice di verifica',
        preferred: 'codice di autenticazione',
        concept: 'challenge code',
        where: 'body',
        line: 15,
      },
    ]);
    const ui = italian.namespaces.find((n) => n.namespace === 'ui')!;
    expect(ui.terminology).toEqual([
      {
        found: 'codice di verifica',
        preferred: 'codice di autenticazione',
        concept: 'challenge code',
        where: 'nav.help',
        line: 6,
      },
    ]);
    expect(italian.issues.find((i) => i.kind === 'terminology')).toMatchObject({
      file: `${dir}/articles/it/changed.mdx`,
      line: 15,
    });
  });

  it('lists strings whose English changed since they were marked, with the English before and after', () => {
    const ui = italian.namespaces.find((n) => n.namespace === 'ui')!;
    expect(ui.outdatedStrings).toEqual([
      {
        key: 'items_one',
        english: '{{count}} item',
        previousEnglish: '{{count}} thing',
        marked: true,
        translation: '{{count}} elemento',
      },
      {
        key: 'nav.help',
        english: 'Help',
        previousEnglish: null,
        marked: false,
        translation: 'Aiuto con il codice di verifica',
      },
    ]);
    expect(italian.issues.find((i) => i.kind === 'string-outdated')!.details).toEqual([
      'was: "{{count}} thing"',
      'now: "{{count}} item"',
    ]);
  });

  it('details each string file', () => {
    const [ui, wizards] = italian.namespaces;
    expect(ui).toMatchObject({
      namespace: 'ui',
      state: 'problems',
      missingKeys: ['nav.home'],
      extraKeys: [],
      placeholderMismatches: [{ key: 'greeting', expected: ['name'], found: ['nome'] }],
      missingPluralForms: ['items_other'],
      glossary: [{ found: 'Portale Clienti', term: 'Client Portal', kind: 'translated', where: 'nav.portal' }],
    });
    expect(wizards).toMatchObject({
      namespace: 'wizards',
      state: 'missing',
      missingKeys: ['title'],
      translationFile: `${dir}/locales/it/wizards.json`,
    });
  });

  it('includes a locale that has no files at all, with everything missing', () => {
    const report = buildL10nReport({
      root: dir,
      locales: [...locales, { code: 'de' as Locale, lang: 'de', nativeName: 'Deutsch', dir: 'ltr' as const }],
      sourceLocale,
    });
    const german = report.locales.find((l) => l.code === 'de')!;
    expect(german.counts).toMatchObject({ upToDate: 0, outdated: 0, missing: 6, errors: 2, warnings: 6 });
    expect(german.namespaces.find((n) => n.namespace === 'ui')?.missingKeys).toEqual([
      'greeting',
      'items_one',
      'items_other',
      'nav.home',
      'nav.portal',
      'nav.help',
    ]);
  });
});

describe('the translation report on the real content', () => {
  const report = buildL10nReport({ root: 'content', locales, sourceLocale });

  it('has no errors, so no page is broken by a translation', () => {
    expect(report.sourceIssues).toEqual([]);
    expect(report.locales.flatMap((l) => l.issues.filter((i) => i.severity === 'error'))).toEqual([]);
  });

  it('covers every translation locale, every English article and every string file', () => {
    expect(report.locales.map((l) => l.code)).toEqual(
      locales.filter((l) => l.code !== sourceLocale).map((l) => l.code),
    );
    for (const l of report.locales) {
      expect(l.articles.length).toBeGreaterThanOrEqual(10);
      expect(l.namespaces.map((n) => n.namespace)).toEqual(
        expect.arrayContaining(['l10n', 'simulator', 'ui', 'wizards']),
      );
    }
  });
});
