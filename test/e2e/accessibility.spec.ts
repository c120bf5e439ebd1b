// axe (WCAG 2.0/2.1/2.2 A and AA rules) on every built page in every locale, found from the sitemap.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths, unlistedPaths } from './site-pages.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = [...sitemapPaths(), ...unlistedPaths()];

test('the sitemap lists pages in every locale', () => {
  expect(pages.some((p) => p.startsWith('/en/'))).toBe(true);
  expect(pages.some((p) => p.startsWith('/it/'))).toBe(true);
});

for (const path of pages) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ['/en/', '/it/articles/digital-security-card-login/']) {
    test(`no axe violations on ${path} in dark mode`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});
