// The query before Pagefind sees it: its words, the same query in the pages' words, its bounds and its echo.
import { describe, it, expect } from 'vitest';
import {
  boundedQuery,
  echoedQuery,
  MAX_ECHO_LENGTH,
  MAX_QUERY_WORDS,
  queryWords,
  searchKey,
  withSynonyms,
} from '../../../src/lib/search-query.ts';

const synonyms = {
  otp: 'code',
  'one time code': 'code',
  'text message': 'SMS',
  text: 'SMS',
  'codice usa e getta': 'codice',
  chiamata: 'chiamata vocale',
  'non mi arriva l sms': 'SMS non arriva',
};

describe('searchKey', () => {
  it('keeps the words, in lower case, whatever separates them', () => {
    expect(searchKey('  One-Time   code ')).toBe('one time code');
    expect(searchKey("Non mi arriva l'SMS")).toBe('non mi arriva l sms');
    expect(searchKey('Non mi arriva l’SMS')).toBe('non mi arriva l sms');
    expect(searchKey('Digital Security Card+')).toBe('digital security card+');
    expect(searchKey('?!')).toBe('');
  });
});

describe('withSynonyms', () => {
  it('puts the pages’ words in place of a reader’s word, keeping the rest as typed', () => {
    expect(withSynonyms('OTP not received', synonyms)).toBe('code not received');
    expect(withSynonyms("didn't get the text", synonyms)).toBe("didn't get the SMS");
  });

  it('matches phrases whatever their hyphens, apostrophes and capitals', () => {
    expect(withSynonyms('my One-Time Code?', synonyms)).toBe('my code?');
    expect(withSynonyms("non mi arriva l'SMS", synonyms)).toBe('SMS non arriva');
  });

  it('takes the longest phrase first', () => {
    expect(withSynonyms('text message late', synonyms)).toBe('SMS late');
    expect(withSynonyms('codice usa e getta non arriva', synonyms)).toBe('codice non arriva');
  });

  it('replaces every phrase, left to right', () => {
    expect(withSynonyms('OTP by text', synonyms)).toBe('code by SMS');
  });

  it('leaves a phrase alone when the pages’ words are already there', () => {
    expect(withSynonyms('chiamata vocale', synonyms)).toBeUndefined();
    expect(withSynonyms('una chiamata', synonyms)).toBe('una chiamata vocale');
  });

  it('says undefined when the query has none of the readers’ words', () => {
    expect(withSynonyms('security card', synonyms)).toBeUndefined();
    expect(withSynonyms('context', synonyms)).toBeUndefined(); // a word that only contains "text"
    expect(withSynonyms('', synonyms)).toBeUndefined();
    expect(withSynonyms('otp', {})).toBeUndefined();
  });
});

describe('the bounds of a query', () => {
  const long = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');

  it('hands Pagefind at most MAX_QUERY_WORDS words', () => {
    expect(searchKey(boundedQuery(long)).split(' ')).toHaveLength(MAX_QUERY_WORDS);
    expect(boundedQuery('  lost phone  ')).toBe('lost phone');
  });

  it('searches each distinct word once, at most MAX_QUERY_WORDS of them', () => {
    expect(queryWords('Lost phone lost PHONE')).toEqual(['lost', 'phone']);
    expect(queryWords(long)).toHaveLength(MAX_QUERY_WORDS);
  });

  it('echoes at most MAX_ECHO_LENGTH characters of the query', () => {
    expect(echoedQuery('lost phone')).toBe('lost phone');
    const echo = echoedQuery(long);
    expect([...echo]).toHaveLength(MAX_ECHO_LENGTH);
    expect(echo.endsWith('…')).toBe(true);
    expect(echoedQuery('a\n\n   b')).toBe('a b');
    // Characters, not UTF-16 units: an emoji is never cut in half.
    expect([...echoedQuery('🔒'.repeat(100))].every((c) => c === '🔒' || c === '…')).toBe(true);
  });
});
