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

// The language picker at / moves a reader with JavaScript on to their language at once, so it is
// checked on its own below, as the page a reader without JavaScript (or before the move) sees.
for (const path of pages.filter((p) => p !== '/')) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(new URL(page.url()).pathname, 'axe must check the page asked for, not one it moved to').toBe(path);
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  });
}

test.describe('the language picker as it is before it moves the reader on', () => {
  test('no axe violations on /', async ({ page }) => {
    // axe needs JavaScript in the page, so the picker's own script is blocked instead.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/');
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ['/en/', '/it/articles/digital-security-card-login/', '/translation-status/']) {
    test(`no axe violations on ${path} in dark mode`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});
