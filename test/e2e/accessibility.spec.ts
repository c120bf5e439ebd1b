// axe (WCAG 2.0/2.1/2.2 A and AA rules) on every built page in every locale, found from the sitemap, at 1280 px in
// the light scheme; then one page of each type at 360 px and in the dark scheme, where the layout and the colours
// change (one of each keeps the run short: the pages of one type share their layout); and the states a page only
// reaches by use: search results open, and a troubleshooter step with the practice card beside it.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths, unlistedPaths } from './site-pages.ts';
import { onePerTypeAndLocale } from '../../scripts/site-check/page-types.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = [...sitemapPaths(), ...unlistedPaths()];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

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
    expect(await violations(page)).toEqual([]);
  });
}

test.describe('the language picker as it is before it moves the reader on', () => {
  test('no axe violations on /', async ({ page }) => {
    // axe needs JavaScript in the page, so the picker's own script is blocked instead.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await violations(page)).toEqual([]);
  });
});

/** One page of each type, in both locales or in one; the team's status page is its own type. */
const eachType = (locale?: string) =>
  onePerTypeAndLocale(pages)
    .filter((p) => p.type !== 'root' && (locale === undefined || p.locale === locale || p.locale === undefined))
    .map((p) => p.path);

const combinations = [
  { name: 'on a 360 px phone', viewport: { width: 360, height: 740 }, colorScheme: 'light', paths: eachType() },
  {
    name: 'on a 360 px phone, dark',
    viewport: { width: 360, height: 740 },
    colorScheme: 'dark',
    paths: eachType('it'),
  },
  { name: 'at 1280 px, dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark', paths: eachType('en') },
] as const;

for (const { name, viewport, colorScheme, paths } of combinations) {
  test.describe(name, () => {
    test.use({ viewport, colorScheme });
    for (const path of paths) {
      test(`no axe violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

const states = [
  { viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
  { viewport: { width: 360, height: 740 }, colorScheme: 'light' },
  { viewport: { width: 360, height: 740 }, colorScheme: 'dark' },
] as const;

for (const { viewport, colorScheme } of states) {
  test.describe(`pages in use at ${viewport.width} px, ${colorScheme}`, () => {
    test.use({ viewport, colorScheme });

    test('search results open, with a highlighted result, another language and the offered troubleshooters', async ({
      page,
    }) => {
      await page.goto('/en/');
      const box = page.getByRole('banner').getByRole('combobox', { name: 'Search the help center' });
      await box.fill('non riesco ad accedere');
      const listbox = page.getByRole('banner').getByRole('listbox');
      await expect(listbox.getByRole('group', { name: 'Pages in Italian' })).toBeVisible();
      await box.press('ArrowDown');
      expect(await violations(page)).toEqual([]);
      await box.fill('sms not arriving');
      await expect(listbox.getByRole('option', { name: "Troubleshooter My SMS code doesn't arrive" })).toBeVisible();
      await box.press('ArrowDown');
      expect(await violations(page)).toEqual([]);
    });

    test('a security-card step of a troubleshooter, with the practice card beside it', async ({ page }) => {
      await page.goto('/it/wizards/cant-log-in/#card-pin');
      await expect(page.getByRole('region', { name: 'Simulatore della Digital Security Card+' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
