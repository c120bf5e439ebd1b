// Each locale's search synonyms load and pass their checks, and a broken file stops the build naming the problem.
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locales } from '../../../src/i18n/locales.ts';
import { loadSynonyms, synonymsFile } from '../../../src/search/synonyms.ts';
import { searchKey, withSynonyms } from '../../../src/lib/search-query.ts';

/** A content folder holding one synonyms file for `xx`. */
function contentWith(file: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'slh-synonyms-'));
  mkdirSync(join(root, 'search', 'synonyms'), { recursive: true });
  writeFileSync(synonymsFile('xx', root), typeof file === 'string' ? file : JSON.stringify(file));
  return root;
}

// A new locale may start without synonyms; English and Italian have theirs.
it('English and Italian have a synonyms file', () => {
  expect(existsSync(synonymsFile('en'))).toBe(true);
  expect(existsSync(synonymsFile('it'))).toBe(true);
});

describe.each(locales.filter(({ code }) => existsSync(synonymsFile(code))))('the $code synonyms', ({ code }) => {
  const map = loadSynonyms(code);

  it('load, with readers’ words for the everyday terms', () => {
    expect(Object.keys(map).length).toBeGreaterThan(10);
    expect(map['otp']).toBeDefined();
    expect(map['2fa']).toBeDefined();
    expect(map['token']).toBeDefined();
  });

  it('never map a phrase to itself', () => {
    for (const [typed, pages] of Object.entries(map)) expect(searchKey(pages)).not.toBe(typed);
  });
});

describe('the synonyms the issue names', () => {
  it('turn English readers’ words into the pages’ words', () => {
    const en = loadSynonyms('en');
    for (const typed of ['OTP', 'one-time code', '2FA', 'two-step', 'token', 'authenticator', 'text message']) {
      expect(withSynonyms(typed, en), typed).toBeDefined();
    }
  });

  it('turn Italian readers’ words into the pages’ words', () => {
    const it = loadSynonyms('it');
    for (const typed of ['codice OTP', 'codice usa e getta', '2FA', 'chiavetta', 'token', 'messaggio']) {
      expect(withSynonyms(typed, it), typed).toBeDefined();
    }
    expect(withSynonyms('messaggio non arriva', it)).toBe('SMS non arriva');
  });
});

describe('loadSynonyms', () => {
  it('has none for a locale without a file', () => {
    expect(loadSynonyms('xx', mkdtempSync(join(tmpdir(), 'slh-synonyms-')))).toEqual({});
  });

  it('keys each phrase as searchKey writes it', () => {
    const root = contentWith({ groups: [{ pagesSay: 'code', readersType: ['One-Time Code', 'OTP'] }] });
    expect(loadSynonyms('xx', root)).toEqual({ 'one time code': 'code', otp: 'code' });
  });

  it.each([
    ['not JSON', '{ groups: ', /not valid JSON/],
    ['an unknown field', { groups: [], extra: 1 }, /field "\(top level\)"/],
    ['a group without readers’ words', { groups: [{ pagesSay: 'code', readersType: [] }] }, /groups\.0\.readersType/],
    ['an empty phrase', { groups: [{ pagesSay: 'code', readersType: ['  '] }] }, /groups\.0\.readersType\.0/],
    [
      'a phrase of punctuation',
      { groups: [{ pagesSay: 'code', readersType: ['?!'] }] },
      /"\?!" has no letters or digits/,
    ],
    [
      'a phrase that is pagesSay',
      { groups: [{ pagesSay: 'log in', readersType: ['Log-in'] }] },
      /same words as pagesSay/,
    ],
    [
      'a phrase in two groups',
      {
        groups: [
          { pagesSay: 'code', readersType: ['token'] },
          { pagesSay: 'security card', readersType: ['Token'] },
        ],
      },
      /group 2 \("security card"\): "Token" is already a synonym of "code"/,
    ],
  ])('stops on %s, naming the file', (_, file, message) => {
    const root = contentWith(file);
    expect(() => loadSynonyms('xx', root)).toThrow(message);
    expect(() => loadSynonyms('xx', root)).toThrow(synonymsFile('xx', root));
  });
});
