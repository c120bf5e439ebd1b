// What search engines and link previews read: the sitemap's language groups agree with each page's
// head, robots.txt names the sitemap by its full address, and only articles call themselves articles.
import { test, expect } from '@playwright/test';

/** hreflang → address pairs of one <url> entry of the sitemap. */
function sitemapAlternates(xml: string, loc: string): string[] {
  const entry = xml.split('<url>').find((u) => u.includes(`<loc>${loc}</loc>`));
  if (!entry) throw new Error(`${loc} is not in the sitemap`);
  return [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${new URL(m[2]!).pathname}`);
}

test('the sitemap and the page head give an article the same language versions', async ({ page, request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  const origin = /<loc>(https?:\/\/[^/]+)\//.exec(xml)![1]!;
  const inSitemap = sitemapAlternates(xml, `${origin}/it/articles/voice-callback/`);
  expect(inSitemap).toEqual([
    'en /en/articles/voice-callback/',
    'it /it/articles/voice-callback/',
    'x-default /en/articles/voice-callback/',
  ]);

  await page.goto('/it/articles/voice-callback/');
  const inHead = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`),
    );
  expect(inHead).toEqual(inSitemap);
});

test('the English home has one English address in the sitemap, and the picker is the default', async ({ request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  const origin = /<loc>(https?:\/\/[^/]+)\//.exec(xml)![1]!;
  expect(sitemapAlternates(xml, `${origin}/en/`)).toEqual(['en /en/', 'it /it/', 'x-default /']);
  expect(sitemapAlternates(xml, `${origin}/`)).toEqual(['en /en/', 'it /it/', 'x-default /']);
});

test('robots.txt keeps the team page out and names the sitemap by its full address', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /translation-status/');
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
});

test('an article is an Open Graph article, a home page a website', async ({ page }) => {
  await page.goto('/en/articles/voice-callback/');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await page.goto('/it/');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
});
