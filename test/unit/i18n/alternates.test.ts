import { describe, it, expect } from 'vitest';
import { alternatesOf } from '../../../src/i18n/alternates.ts';

describe('language alternates of a page', () => {
  it('gives an article every locale and the English version as the default', () => {
    expect(alternatesOf('/it/articles/voice-callback/')).toEqual([
      { hreflang: 'en', path: '/en/articles/voice-callback/' },
      { hreflang: 'it', path: '/it/articles/voice-callback/' },
      { hreflang: 'x-default', path: '/en/articles/voice-callback/' },
    ]);
  });

  it('sends the default of a home page to the language picker', () => {
    expect(alternatesOf('/en/').at(-1)).toEqual({ hreflang: 'x-default', path: '/' });
  });

  it('lists each home once for the language picker, which is only the default itself', () => {
    expect(alternatesOf('/')).toEqual([
      { hreflang: 'en', path: '/en/' },
      { hreflang: 'it', path: '/it/' },
      { hreflang: 'x-default', path: '/' },
    ]);
  });

  it('gives pages outside the locales (the 404 page, the team page) none', () => {
    expect(alternatesOf('/translation-status/')).toEqual([]);
  });
});
