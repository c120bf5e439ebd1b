import { describe, it, expect } from 'vitest';
import { localeUrl, switchLocale, localeOfPath, pathWithoutLocale } from '../../../src/i18n/urls.ts';
import { pickLocale } from '../../../src/i18n/pick-locale.ts';
import { toLocale } from '../../../src/i18n/locales.ts';

const it_ = toLocale('it');

describe('localised URLs', () => {
  it('builds locale URLs with one trailing slash', () => {
    expect(localeUrl(it_)).toBe('/it/');
    expect(localeUrl(it_, '/articles/voice-callback/')).toBe('/it/articles/voice-callback/');
  });
  it('switches only the locale segment', () => {
    expect(switchLocale('/en/articles/voice-callback/', it_)).toBe('/it/articles/voice-callback/');
    expect(switchLocale('/', it_)).toBe('/');
    expect(switchLocale('/english/', it_)).toBe('/english/');
  });
  it('finds the locale of a path', () => {
    expect(localeOfPath('/it/topics/sms/')).toBe('it');
    expect(localeOfPath('/pagefind/x.js')).toBeUndefined();
    expect(pathWithoutLocale('/it/topics/sms/')).toBe('topics/sms');
  });
});

describe('picking the reader language', () => {
  const available = [
    { code: 'en', lang: 'en' },
    { code: 'it', lang: 'it' },
  ];
  it('follows the first preference we have, by primary language', () => {
    expect(pickLocale(['it-CH', 'en'], available)).toBe('it');
    expect(pickLocale(['de-DE', 'it'], available)).toBe('it');
  });
  it('falls back to English', () => {
    expect(pickLocale(['fr-FR'], available)).toBe('en');
    expect(pickLocale([], available)).toBe('en');
  });
});
