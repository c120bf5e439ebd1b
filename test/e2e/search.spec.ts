// Finding an article by typing: results come from the page's own language.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';

/** Slugs of the Italian articles whose frontmatter lists the value under the field (products, methods). */
function italianArticlesWith(field: 'products' | 'methods', value: string): string[] {
  const dir = 'content/articles/it';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) =>
      ((splitFrontmatter(readFileSync(`${dir}/${f}`, 'utf8')).data as Record<string, string[]>)[field] ?? []).includes(
        value,
      ),
    )
    .map((f) => f.replace(/\.mdx$/, ''));
}

/** The number of articles found, from the status line ("12 articoli trovati"), which counts more than the list shows. */
async function foundCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /articol[oi] trovat[oi]/ });
  return Number((await status.textContent())!.match(/\d+/)![0]);
}

async function resultSlugs(page: Page): Promise<string[]> {
  const links = page.getByRole('list', { name: 'Risultati della ricerca' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname.split('/').filter(Boolean).pop()!));
}

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

  for (const [label, field, value] of [
    ['Piattaforma', 'products', 'webtrader'],
    ['Metodo di accesso', 'methods', 'security-card'],
  ] as const) {
    test(`the ${label} filter keeps only the articles about ${value}`, async ({ page }) => {
      await page.goto('/it/');
      await page.getByRole('searchbox', { name: 'Cerca nel centro assistenza' }).fill('codice');
      const everything = await resultSlugs(page);
      const everythingFound = await foundCount(page);
      await page.getByText('Restringi i risultati').click();
      await page.getByRole('combobox', { name: label }).selectOption(value);
      const allowed = italianArticlesWith(field, value);
      await expect.poll(async () => (await resultSlugs(page)).every((slug) => allowed.includes(slug))).toBe(true);
      const filtered = await resultSlugs(page);
      expect(await foundCount(page)).toBeLessThan(everythingFound);
      // The list shows the best few results only: every allowed article that was shown before is still shown, and
      // when the first list was complete, nothing else is.
      const allowedBefore = everything.filter((slug) => allowed.includes(slug));
      expect(filtered).toEqual(expect.arrayContaining(allowedBefore));
      if (everything.length === everythingFound) expect(filtered.sort()).toEqual(allowedBefore.sort());
    });
  }

  test('an article page loads no search code until the reader uses search', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/en/articles/voice-callback/');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => s.includes('pagefind'))).toEqual([]);
    // Tabbing onto the box is not using it: a keyboard user may only be passing through.
    const box = page.getByRole('searchbox', { name: 'Search the help center' });
    await box.focus();
    await page.waitForTimeout(500);
    expect(scripts.filter((s) => s.includes('pagefind'))).toEqual([]);
    const before = scripts.length;
    await box.press('s');
    await expect.poll(() => scripts.some((s) => s.includes('/pagefind/pagefind.js'))).toBe(true);
    expect(scripts.length).toBeGreaterThan(before);
    await box.pressSequentially('ms');
    await expect(page.getByRole('status').filter({ hasText: /found/ })).toBeVisible();
  });

  test('the search page reads the query from the address', async ({ page }) => {
    await page.goto('/it/search/?q=SMS');
    await expect(
      page
        .getByRole('main')
        .getByRole('status')
        .filter({ hasText: /trovat/ }),
    ).toBeVisible();
  });
});

// What customers actually type, in their own language, and the article that should answer it. A reader scans the
// top of the list, so the article has to be among the first three results, not just somewhere in it.
const customerSearches = {
  en: {
    searchbox: 'Search the help center',
    results: 'Search results',
    queries: [
      ['security card', 'digital-security-card-login'],
      ['SMS not arriving', 'sms-code-not-arriving'],
      ["didn't get the text", 'sms-code-not-arriving'],
      ['voice call', 'voice-callback'],
      ['no notification', 'ibkr-mobile-notification-missing'],
      ['new phone', 'recover-ib-key'],
      ['set up SMS', 'sms-two-factor'],
      ['switch to IBKR Mobile', 'move-to-ibkr-mobile'],
      ['lost my phone', 'recover-ib-key'],
      ['locked out', 'password-and-user-name'],
      ['locked out', 'temporary-access'],
      ['temporary code', 'temporary-access'],
      ['online security code card', 'temporary-access'],
      ['forgot my password', 'password-and-user-name'],
      ['travelling abroad', 'before-you-travel'],
      ['replace lost security card', 'replace-security-card'],
      ['change card PIN', 'replace-security-card'],
      ['forgot user name', 'password-and-user-name'],
      ['invalid characters', 'password-and-user-name'],
    ],
  },
  it: {
    searchbox: 'Cerca nel centro assistenza',
    results: 'Risultati della ricerca',
    queries: [
      ['carta di sicurezza', 'digital-security-card-login'],
      ["non ricevo l'SMS", 'sms-code-not-arriving'],
      ['chiamata vocale', 'voice-callback'],
      ['notifica non arriva', 'ibkr-mobile-notification-missing'],
      ['telefono nuovo', 'recover-ib-key'],
      ['attivare gli SMS', 'sms-two-factor'],
      ['passare a IBKR Mobile', 'move-to-ibkr-mobile'],
      ['dispositivo di autenticazione', 'authentication-and-trading-device'],
      ['ho perso il telefono', 'recover-ib-key'],
      ['bloccato', 'password-and-user-name'],
      ['bloccato', 'temporary-access'],
      ['codice temporaneo', 'temporary-access'],
      ['password dimenticata', 'password-and-user-name'],
      ["viaggio all'estero", 'before-you-travel'],
      ['sostituire la carta', 'replace-security-card'],
      ['cambiare il PIN', 'replace-security-card'],
      ['carta persa', 'replace-security-card'],
      ['carattere errato', 'password-and-user-name'],
    ],
  },
} as const;

for (const [lang, { searchbox, results, queries }] of Object.entries(customerSearches)) {
  test.describe(`customer searches in ${lang}`, () => {
    for (const [query, slug] of queries) {
      test(`"${query}" finds ${slug}`, async ({ page }) => {
        // The reader opens the home page in their language and types their words into the search box.
        await page.goto(`/${lang}/`);
        await page.getByRole('searchbox', { name: searchbox }).fill(query);
        // The results appear as links to articles in the same language ...
        const links = page.getByRole('list', { name: results }).getByRole('link');
        await expect(links.first()).toBeVisible();
        const top = (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).slice(0, 3);
        // ... and the article that answers the question is near the top.
        expect(top, `top results for "${query}"`).toContain(`/${lang}/articles/${slug}/`);
      });
    }
  });
}
