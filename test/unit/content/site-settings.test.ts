import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSiteSettings, officialContactPage } from '../../../src/content/site-settings.ts';
import { checkArticles } from '../../../src/content/article-files.ts';
import { localeCodes, sourceLocale, toLocale } from '../../../src/i18n/locales.ts';
import { registry } from '../../../src/wizards/wizard-registry.ts';
import { isIconName } from '../../../src/components/icons.ts';

describe('site settings (content/site.json)', () => {
  it('names only articles that exist', () => {
    const settings = loadSiteSettings('content');
    const ids = new Set(checkArticles('content/articles', localeCodes, sourceLocale).articles.map((a) => a.data.id));
    expect([...settings.home.mostNeeded, settings.practice.guide].filter((id) => !ids.has(id))).toEqual([]);
  });

  it("gives IBKR's official contact page for each locale, the source locale's where one has none", () => {
    const settings = loadSiteSettings('content');
    expect(officialContactPage(toLocale('en'), settings)).toBe('https://www.ibkr.com/support');
    expect(officialContactPage(toLocale('it'), settings)).toBe(
      'https://www.interactivebrokers.ie/it/support/customer-service.php',
    );
    const englishOnly = { ...settings, contact: { officialPage: { en: 'https://www.ibkr.com/support' } } };
    expect(officialContactPage(toLocale('it'), englishOnly)).toBe('https://www.ibkr.com/support');
  });

  it('rejects a contact page that is not https or misses the source locale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slh-site-'));
    const write = (officialPage: object) =>
      writeFileSync(
        join(dir, 'site.json'),
        JSON.stringify({ home: { mostNeeded: ['2634'] }, practice: { guide: '2634' }, contact: { officialPage } }),
      );
    try {
      write({ en: 'http://www.ibkr.com/support' });
      expect(() => loadSiteSettings(dir)).toThrow(/field "contact\.officialPage\.en": must be an https/);
      write({ it: 'https://www.interactivebrokers.ie/it/support/customer-service.php' });
      expect(() => loadSiteSettings(dir)).toThrow(/field "contact\.officialPage": must give the page for "en"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leads the home page with three or four problems that exist, each with an icon the site draws', () => {
    const { commonProblems } = loadSiteSettings('content').home;
    const ids = new Set(checkArticles('content/articles', localeCodes, sourceLocale).articles.map((a) => a.data.id));
    expect(commonProblems.length).toBeGreaterThanOrEqual(3);
    for (const problem of commonProblems) {
      if ('wizard' in problem) expect(registry.has(problem.wizard), problem.wizard).toBe(true);
      else expect(ids.has(problem.article), problem.article).toBe(true);
      expect(isIconName(problem.icon), problem.icon).toBe(true);
    }
  });

  it('rejects a problem that is neither a troubleshooter nor an article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slh-site-'));
    try {
      const problems = [{ wizard: 'sms-code', icon: 'sms' }, { page: 'x', icon: 'sms' }, { article: '2634', icon: 'card' }];
      writeFileSync(
        join(dir, 'site.json'),
        JSON.stringify({ home: { commonProblems: problems, mostNeeded: ['2634'] }, practice: { guide: '2634' } }),
      );
      expect(() => loadSiteSettings(dir)).toThrow(/site\.json: field "home\.commonProblems\.1"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a wrong field, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slh-site-'));
    try {
      writeFileSync(join(dir, 'site.json'), JSON.stringify({
          home: { mostNeeded: [] },
          practice: { guide: '2634' },
          contact: { officialPage: { en: 'https://www.ibkr.com/support' } },
          extra: 1,
        }),);
      expect(() => loadSiteSettings(dir)).toThrow(/site\.json: field "home\.mostNeeded"/);
      expect(() => loadSiteSettings(dir)).toThrow(/field "\(top level\)"|field "extra"|Unrecognized key/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
