// Every troubleshooter has its search summary and keywords in every locale's search.json, so a new troubleshooter
// cannot reach the index without the words readers would find it by.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../../src/i18n/locales.ts';
import { registry } from '../../../src/wizards/wizard-registry.ts';

interface SearchStrings {
  troubleshooters: Record<string, { summary?: string; keywords?: string }>;
  practice: { summary?: string; keywords?: string };
}
const load = (code: string) =>
  JSON.parse(readFileSync(join('content/locales', code, 'search.json'), 'utf8')) as SearchStrings;

describe.each(locales)('content/locales/$code/search.json', ({ code }) => {
  const strings = load(code);

  it.each(registry.all.map((t) => [t.id, t.strings.key]))('describes %s', (_, key) => {
    const entry = strings.troubleshooters[key];
    expect(entry?.summary?.trim()).toBeTruthy();
    expect(entry?.keywords?.split(',').filter((k) => k.trim()).length).toBeGreaterThanOrEqual(5);
  });

  it('describes no troubleshooter that does not exist', () => {
    const known = new Set(registry.all.map((t) => t.strings.key));
    expect(Object.keys(strings.troubleshooters).filter((key) => !known.has(key))).toEqual([]);
  });

  it('describes the practice page', () => {
    expect(strings.practice.summary?.trim()).toBeTruthy();
    expect(strings.practice.keywords?.trim()).toBeTruthy();
  });
});
