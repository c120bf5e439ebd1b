// Every locale has every string file of English, with the same keys, the same placeholders,
// and the plural forms its language needs.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { locales, sourceLocale } from '../../../src/i18n/locales.ts';

type Json = { [key: string]: string | Json };
const load = (lang: string, file: string) =>
  JSON.parse(readFileSync(join('content/locales', lang, file), 'utf8')) as Json;
const flatten = (obj: Json, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(obj).flatMap(([k, v]) =>
      typeof v === 'string' ? [[prefix + k, v] as [string, string]] : [...flatten(v, `${prefix}${k}.`)],
    ),
  );
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const files = readdirSync(join('content/locales', sourceLocale)).filter((f) => f.endsWith('.json'));

describe.each(locales.filter((l) => l.code !== sourceLocale))('locale $code', ({ code, lang }) => {
  it.each(files)('has %s', (file) => {
    expect(existsSync(join('content/locales', code, file))).toBe(true);
  });

  it.each(files)('%s has the same keys as English, allowing for plural forms', (file) => {
    const en = flatten(load(sourceLocale, file));
    const other = flatten(load(code, file));
    const enBases = new Set([...en.keys()].map(pluralBase));
    const otherBases = new Set([...other.keys()].map(pluralBase));
    expect(
      [...enBases].filter((k) => !otherBases.has(k)),
      'missing',
    ).toEqual([]);
    expect(
      [...otherBases].filter((k) => !enBases.has(k)),
      'extra',
    ).toEqual([]);
  });

  it.each(files)('%s keeps every placeholder and has the plural forms its language needs', (file) => {
    const en = flatten(load(sourceLocale, file));
    const other = flatten(load(code, file));
    // Categories the language uses for the counts a page can show (Italian's "many" is for millions).
    const rules = new Intl.PluralRules(lang);
    const needed = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
    for (const [key, value] of other) {
      const base = pluralBase(key);
      const enValue = en.get(key) ?? en.get(`${base}_other`) ?? en.get(base);
      if (enValue !== undefined) expect(placeholders(value), `${file}: ${key}`).toEqual(placeholders(enValue));
      if (base !== key) {
        for (const category of needed)
          expect(other.has(`${base}_${category}`), `${file}: ${base}_${category}`).toBe(true);
      }
    }
  });
});

describe('English source strings', () => {
  it.each(files)('%s is valid JSON with no empty strings', (file) => {
    for (const [key, value] of flatten(load(sourceLocale, file))) expect(value.trim(), key).not.toBe('');
  });
});
