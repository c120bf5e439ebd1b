import { describe, it, expect } from 'vitest';
import { expansion, pseudoArticle, pseudoStrings, pseudoText } from '../../../src/l10n/pseudo-locale.ts';
import { splitFrontmatter } from '../../../src/content/frontmatter.ts';
import { componentReferences } from '../../../src/l10n/mdx-references.ts';
import { placeholders } from '../../../src/l10n/string-check.ts';

const terms = ['IBKR Mobile', 'IBKR', 'Client Portal'];

describe('pseudo-translated text', () => {
  it('accents every letter', () => {
    expect(pseudoText('Search')).not.toMatch(/[A-Za-z]/);
  });

  it.each([
    'Search',
    'Open the practice card',
    'No articles match “{{query}}”. Try fewer or different words.',
    'Read this page in {{language}}',
  ])('is at least 40%% longer than "%s"', (text) => {
    const stripped = (s: string) => s.replace(/\{\{[^}]*\}\}/g, '');
    expect(stripped(pseudoText(text)).length).toBeGreaterThanOrEqual(
      Math.ceil(stripped(text).length * (1 + expansion)),
    );
  });

  it('keeps placeholders, markup, links and product names exactly', () => {
    const text =
      'Open **IBKR Mobile** and [Client Portal](https://www.ibkr.com/portal), then `PIN>` and {{count}} <strong>codes</strong> &amp; $t(ui:nav.home).';
    const out = pseudoText(text, terms);
    for (const kept of [
      '**IBKR Mobile**',
      '[Client Portal](https://www.ibkr.com/portal)',
      '`PIN>`',
      '{{count}}',
      '<strong>',
      '</strong>',
      '&amp;',
      '$t(ui:nav.home)',
    ]) {
      expect(out).toContain(kept);
    }
    expect(placeholders(out)).toEqual(placeholders(text));
  });

  it('leaves a string that is only markup or a product name as it is', () => {
    expect(pseudoText('{{topic}}')).toBe('{{topic}}');
    expect(pseudoText('IBKR', terms)).toBe('IBKR');
  });
});

describe('pseudo-translated files', () => {
  it('keep the structure and keys of a string file', () => {
    expect(pseudoStrings({ a: { b: 'Yes' }, list: ['No'], n: 3 })).toEqual({
      a: { b: pseudoText('Yes') },
      list: [pseudoText('No')],
      n: 3,
    });
  });

  it('keep an article valid: frontmatter fields, components and the source hash', () => {
    const article =
      '---\nid: "3396"\ntitle: "Voice callback"\nsummary: "Get the code by phone."\ntopic: sms\nrelated: ["9103"]\n---\nSee <Kb id="9103" />.\n\n<Callout kind="note">In **TWS** only.</Callout>\n\n| A | B |\n| --- | --- |\n';
    const out = pseudoArticle(article, terms, 'abcdefabcdef0123');
    const { data, body } = splitFrontmatter(out);
    expect(data).toEqual({
      id: '3396',
      title: pseudoText('Voice callback'),
      summary: pseudoText('Get the code by phone.'),
      topic: 'sms',
      related: ['9103'],
      sourceHash: 'abcdefabcdef0123',
    });
    expect(componentReferences(body)).toEqual(['<Kb id="9103" />', '<Callout>']);
    expect(body).toContain('| --- | --- |');
  });
});
