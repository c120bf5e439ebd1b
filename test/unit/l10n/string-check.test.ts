import { describe, it, expect } from 'vitest';
import {
  compareStrings,
  flattenStrings,
  neededPluralForms,
  placeholders,
  pluralBase,
} from '../../../src/l10n/string-check.ts';

const flat = (o: object) => flattenStrings(o);

describe('string files', () => {
  it('flatten to dotted keys', () => {
    expect([...flattenStrings({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })]).toEqual([
      ['a.b', 'x'],
      ['a.c.d', 'y'],
      ['e', 'z'],
    ]);
  });

  it('name their placeholders once each, sorted', () => {
    expect(placeholders('{{count}} of {{ total }} ({{count, number}})')).toEqual(['count', 'total']);
    expect(placeholders('none')).toEqual([]);
  });

  it('share a base key across plural forms', () => {
    expect(pluralBase('search.results_one')).toBe('search.results');
    expect(pluralBase('search.results')).toBe('search.results');
  });

  it('need the plural forms the language uses for 0 to 1000', () => {
    expect(neededPluralForms('it')).toEqual(['one', 'other']);
    expect(neededPluralForms('en-XA')).toEqual(['one', 'other']);
    expect(neededPluralForms('pl')).toEqual(['one', 'few', 'many', 'other']);
    expect(neededPluralForms('ja')).toEqual(['other']);
  });
});

describe('comparing a translation with English', () => {
  const english = flat({
    greeting: 'Hi {{name}}',
    items_one: '{{count}} item',
    items_other: '{{count}} items',
    nav: { home: 'Home' },
  });

  it('finds nothing when keys, placeholders and plural forms match', () => {
    const italian = flat({
      greeting: 'Ciao {{name}}',
      items_one: '{{count}} elemento',
      items_other: '{{count}} elementi',
      nav: { home: 'Home' },
    });
    expect(compareStrings(english, italian, 'it')).toEqual({
      missingKeys: [],
      extraKeys: [],
      placeholderMismatches: [],
      missingPluralForms: [],
    });
  });

  it('reports missing and extra keys, a changed placeholder and a missing plural form', () => {
    const italian = flat({ greeting: 'Ciao {{nome}}', items_other: '{{count}} elementi', nav: { casa: 'Home' } });
    expect(compareStrings(english, italian, 'it')).toEqual({
      missingKeys: ['nav.home'],
      extraKeys: ['nav.casa'],
      placeholderMismatches: [{ key: 'greeting', expected: ['name'], found: ['nome'] }],
      missingPluralForms: ['items_one'],
    });
  });

  it("asks for a missing plural string in the translation's own forms", () => {
    expect(
      compareStrings(english, flat({ greeting: 'Cześć {{name}}', nav: { home: 'Start' } }), 'pl').missingKeys,
    ).toEqual(['items_one', 'items_few', 'items_many', 'items_other']);
  });

  it('checks the placeholders of extra plural forms against the English _other', () => {
    const polish = flat({
      greeting: 'Cześć {{name}}',
      items_one: '{{count}}',
      items_few: '{{count}}',
      items_many: 'dużo',
      items_other: '{{count}}',
      nav: { home: 'Start' },
    });
    expect(compareStrings(english, polish, 'pl').placeholderMismatches).toEqual([
      { key: 'items_many', expected: ['count'], found: [] },
    ]);
  });

  it('reports plural forms the language never uses, and plural forms of a string that has none, as unused', () => {
    const italian = flat({
      greeting: 'Ciao {{name}}',
      greeting_one: 'Ciao',
      items_zero: 'nessun elemento',
      items_one: '{{count}} elemento',
      items_many: '{{count}} elementi',
      items_other: '{{count}} elementi',
      nav: { home: 'Home' },
    });
    expect(compareStrings(english, italian, 'it').extraKeys).toEqual(['greeting_one', 'items_many']);
  });

  it('accepts the forms a language needs beyond English (Polish few and many)', () => {
    const polish = flat({
      greeting: 'Cześć {{name}}',
      items_one: '{{count}}',
      items_few: '{{count}}',
      items_many: '{{count}}',
      items_other: '{{count}}',
      nav: { home: 'Start' },
    });
    expect(compareStrings(english, polish, 'pl').extraKeys).toEqual([]);
  });
});
