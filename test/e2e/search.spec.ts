// Finding an article by typing: results come from the page's own language.
import { test, expect } from '@playwright/test';

test.describe('search', () => {
  test('a search on the Italian home returns Italian articles linking to /it/', async ({ page }) => {
    await page.goto('/it/');
    const box = page.getByRole('searchbox', { name: 'Cerca nel centro assistenza' });
    await box.fill('chiamata');
    const results = page.getByRole('search').locator('xpath=..').getByRole('list').last();
    await expect(page.getByRole('status').filter({ hasText: /articol[oi] trovat[oi]/ })).toBeVisible();
    const links = results.getByRole('link');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/it\/articles\//);
  });

  test('a search on the English home returns English articles', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('searchbox', { name: 'Search the help center' }).fill('voice callback');
    const first = page.getByRole('search').locator('xpath=..').getByRole('list').last().getByRole('link').first();
    await expect(first).toHaveAttribute('href', /^\/en\/articles\//);
  });

  test('filters narrow the results', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('searchbox', { name: 'Search the help center' }).fill('code');
    const status = page.getByRole('status').filter({ hasText: /found/ });
    await expect(status).toBeVisible();
    const before = Number((await status.textContent())!.match(/\d+/)![0]);
    await page.getByText('Narrow the results').click();
    await page.getByRole('combobox', { name: 'Topic' }).selectOption('voice-callback');
    await expect(status).not.toHaveText(`${before} articles found`);
    const after = Number((await status.textContent())!.match(/\d+/)![0]);
    expect(after).toBeLessThan(before);
  });

  test('an article page loads no search code until the reader uses search', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/en/articles/voice-callback/');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => s.includes('pagefind'))).toEqual([]);
    const before = scripts.length;
    await page.getByRole('searchbox', { name: 'Search the help center' }).focus();
    await expect.poll(() => scripts.some((s) => s.includes('/pagefind/pagefind.js'))).toBe(true);
    expect(scripts.length).toBeGreaterThan(before);
  });

  test('the search page reads the query from the address', async ({ page }) => {
    await page.goto('/it/search/?q=SMS');
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: /trovat/ })).toBeVisible();
  });
});
