import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  describeKey,
  loadDescriptions,
  unusedDescriptions,
  type DescriptionEntry,
} from '../../../src/l10n/string-descriptions.ts';
import { flattenStrings } from '../../../src/l10n/string-check.ts';
import { namespaces } from '../../../src/i18n/strings.ts';

const entries: DescriptionEntry[] = [
  { pattern: '*.*.options.*', note: 'An answer.', maxLength: 80 },
  { pattern: 'cantLogIn.method.options.unsure', note: 'The way out.', maxLength: 40 },
  { pattern: 'search.results', note: 'A count.' },
];

describe('notes for translators', () => {
  it('gives every matching note, the general one first, and the most specific length limit', () => {
    expect(describeKey(entries, 'cantLogIn.method.options.unsure')).toEqual({
      notes: ['An answer.', 'The way out.'],
      maxLength: 40,
    });
    expect(describeKey(entries, 'smsCode.start.options.now')).toEqual({ notes: ['An answer.'], maxLength: 80 });
  });

  it('covers every plural form with the note of its base key', () => {
    expect(describeKey(entries, 'search.results_one').notes).toEqual(['A count.']);
    expect(describeKey(entries, 'search.results_few').notes).toEqual(['A count.']);
  });

  it('has nothing for a key without a note', () => {
    expect(describeKey(entries, 'nav.home')).toEqual({ notes: [] });
  });

  it('names notes left behind by a renamed key', () => {
    expect(unusedDescriptions(entries, ['search.results_one', 'a.b.options.c'])).toEqual([
      'cantLogIn.method.options.unsure',
    ]);
  });

  it('are written for the real strings, every one of them matching a key', () => {
    for (const ns of namespaces('content')) {
      const keys = [...flattenStrings(JSON.parse(readFileSync(`content/locales/en/${ns}.json`, 'utf8'))).keys()];
      expect(unusedDescriptions(loadDescriptions('content', ns), keys), ns).toEqual([]);
    }
    // Answer options and strings with placeholders are the ones a translator cannot guess.
    expect(describeKey(loadDescriptions('content', 'wizards'), 'cantLogIn.method.options.unsure').maxLength).toBe(80);
    expect(describeKey(loadDescriptions('content', 'ui'), 'nav.languageSwitch').notes.join(' ')).toContain(
      '{{language}}',
    );
  });
});
