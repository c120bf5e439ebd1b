import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSiteSettings } from '../../../src/content/site-settings.ts';
import { checkArticles } from '../../../src/content/article-files.ts';
import { localeCodes, sourceLocale } from '../../../src/i18n/locales.ts';

describe('site settings (content/site.json)', () => {
  it('names only articles that exist', () => {
    const settings = loadSiteSettings('content');
    const ids = new Set(checkArticles('content/articles', localeCodes, sourceLocale).articles.map((a) => a.data.id));
    expect([...settings.home.mostNeeded, settings.practice.guide].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('rejects a wrong field, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slh-site-'));
    try {
      writeFileSync(join(dir, 'site.json'), JSON.stringify({ home: { mostNeeded: [] }, practice: { guide: '2634' }, extra: 1 }));
      expect(() => loadSiteSettings(dir)).toThrow(/site\.json: field "home\.mostNeeded"/);
      expect(() => loadSiteSettings(dir)).toThrow(/field "\(top level\)"|field "extra"|Unrecognized key/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
