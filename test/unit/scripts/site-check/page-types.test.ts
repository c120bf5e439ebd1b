import { describe, it, expect } from 'vitest';
import { pageTypeOf, onePerTypeAndLocale, spreadSample } from '../../../../scripts/site-check/page-types.ts';

describe('page types from paths', () => {
  it('recognises every route of the site', () => {
    expect(pageTypeOf('/')).toBe('root');
    expect(pageTypeOf('/404.html')).toBe('not-found');
    expect(pageTypeOf('/en/')).toBe('home');
    expect(pageTypeOf('/it/articles/voice-callback/')).toBe('article');
    expect(pageTypeOf('/it/topics/sms/')).toBe('topic');
    expect(pageTypeOf('/en/wizards/')).toBe('wizard-index');
    expect(pageTypeOf('/en/wizards/sms-code/')).toBe('wizard');
    expect(pageTypeOf('/it/practice/security-card/')).toBe('practice');
    expect(pageTypeOf('/en/contact/')).toBe('contact');
    expect(pageTypeOf('/it/search/')).toBe('search');
    expect(pageTypeOf('/it/404/')).toBe('not-found');
  });

  it('calls anything else "other", including paths outside a locale', () => {
    expect(pageTypeOf('/en/translation-status/')).toBe('other');
    expect(pageTypeOf('/pagefind/pagefind.js')).toBe('other');
    expect(pageTypeOf('/en/articles/a/b/')).toBe('other');
  });

  it('keeps the first page of each type in each locale', () => {
    const picked = onePerTypeAndLocale([
      '/en/',
      '/en/articles/a/',
      '/en/articles/b/',
      '/it/articles/a/',
      '/it/articles/b/',
      '/404.html',
    ]);
    expect(picked.map((p) => p.path)).toEqual(['/en/', '/en/articles/a/', '/it/articles/a/', '/404.html']);
    expect(picked[2]).toEqual({ path: '/it/articles/a/', type: 'article', locale: 'it' });
  });
});

describe('sampling a long list', () => {
  const items = Array.from({ length: 100 }, (_, i) => i);
  it('takes everything when the list is short enough', () => {
    expect(spreadSample([1, 2, 3], 5)).toEqual([1, 2, 3]);
  });
  it('spreads the sample from the first item to the last', () => {
    expect(spreadSample(items, 5)).toEqual([0, 25, 50, 74, 99]);
    expect(spreadSample(items, 1)).toEqual([0]);
    expect(spreadSample(items, 0)).toEqual([]);
  });
});
