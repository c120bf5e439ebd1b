// The Content Security Policy holds on every page without breaking anything: no page, search or
// troubleshooter triggers a violation, and the server behind `npm start` sends the security headers.
import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths, unlistedPaths } from './site-pages.ts';
import { classifyPages, onePerTypeAndLocale } from '../../scripts/site-check/page-types.ts';
import { parseCsp, securityHeaderProblems } from '../support/security-headers.ts';

const pages = classifyPages([...sitemapPaths(), ...unlistedPaths()]);

/** Starts recording CSP violations on a page; the returned function gives what was seen so far. */
async function recordCspViolations(page: Page): Promise<() => string[]> {
  const seen: string[] = [];
  // A binding reaches Node at once, so violations survive navigations (the root page redirects).
  await page.exposeBinding('__slhCspViolation', (_source, text: string) => void seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __slhCspViolation: (text: string) => void }).__slhCspViolation;
        report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    if (/content security policy|unsafe-eval|wasm-unsafe-eval/i.test(error.message))
      seen.push(`error: ${error.message}`);
  });
  // Chromium also files violations from workers (Pagefind searches in one) as DevTools issues.
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code === 'ContentSecurityPolicyIssue') {
      const details = issue.details.contentSecurityPolicyIssueDetails;
      seen.push(`issue: ${details?.violatedDirective} blocked ${details?.blockedURL ?? 'inline code'}`);
    }
  });
  await cdp.send('Audits.enable');
  return () => [...new Set(seen)];
}

/** The search box of the page's header, named in the page's language. */
const searchBoxName = { en: 'Search the help center', it: 'Cerca nel centro assistenza' } as const;
const typicalQuery = { en: 'sms', it: 'codice' } as const;
const resultsFound = { en: /results? found/, it: /risultat[oi] trovat[oi]/ } as const;
const offlineSaved = { en: /Saved for offline use/, it: /Salvato per l'uso offline/ } as const;

test.describe('Content Security Policy in the browser', () => {
  test('the recorder notices a violation (so silence below means something)', async ({ page }) => {
    const violations = await recordCspViolations(page);
    await page.goto('/en/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(violations).toContainEqual(expect.stringMatching(/script-src/));
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  });

  for (const { path, type } of pages) {
    test(`no violation on ${path} (${type})`, async ({ page }) => {
      const violations = await recordCspViolations(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(violations()).toEqual([]);
    });
  }

  for (const locale of ['en', 'it'] as const) {
    test(`search works under the policy in ${locale}, with no violation`, async ({ page }) => {
      const violations = await recordCspViolations(page);
      await page.goto(`/${locale}/`);
      const box = page.getByRole('combobox', { name: searchBoxName[locale] });
      await box.click();
      await box.pressSequentially(typicalQuery[locale]);
      await expect(page.getByRole('status').filter({ hasText: resultsFound[locale] })).toBeVisible();
      await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(violations()).toEqual([]);
    });
  }

  test.describe('with the offline service worker running', () => {
    test.use({ serviceWorkers: 'allow' });
    for (const locale of ['en', 'it'] as const) {
      test(`it saves the ${locale} pages for offline use with no violation`, async ({ page }) => {
        const violations = await recordCspViolations(page);
        await page.goto(`/${locale}/articles/voice-callback/`);
        await expect(page.getByRole('status').filter({ hasText: offlineSaved[locale] })).toBeVisible({
          timeout: 20_000,
        });
        expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
        expect(violations()).toEqual([]);
      });
    }
  });

  const interactive = pages.filter((p) => p.type === 'wizard' || p.type === 'practice');
  for (const { path, type } of interactive) {
    test(`using ${path} (${type}) causes no violation`, async ({ page }) => {
      const violations = await recordCspViolations(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Whatever the page offers first: a simulator key or a troubleshooter answer (in-page links).
      const control = page.getByRole('main').locator('button:visible, a[href^="#"]:visible').first();
      if ((await control.count()) > 0) {
        await control.click();
        await page.waitForLoadState('networkidle');
      }
      expect(violations()).toEqual([]);
    });
  }
});

test.describe('security headers from the server `npm start` runs', () => {
  const representative = onePerTypeAndLocale(pages.map((p) => p.path)).map((p) => p.path);

  // A 404, and a folder without its slash (a redirect, which must carry them too).
  for (const path of [...representative, '/it/no-such-page/', '/en/articles/voice-callback']) {
    test(`${path} carries the security headers`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      const csp = parseCsp(headers['content-security-policy'] ?? '');
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
      expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
      expect(headers['referrer-policy']).toBeTruthy();
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['permissions-policy']).toBeTruthy();
      expect(securityHeaderProblems(headers)).toEqual([]);
    });
  }

  test('the redirect of a folder without its slash stays on the site', async ({ request }) => {
    const response = await request.get('/en/articles/voice-callback', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe('/en/articles/voice-callback/');
  });

  test('a POST gets 405 with Allow and the security headers; /_headers is not served', async ({ request }) => {
    const post = await request.post('/en/');
    expect(post.status()).toBe(405);
    expect(post.headers()['allow']).toBe('GET, HEAD');
    expect(securityHeaderProblems(post.headers())).toEqual([]);
    expect((await request.get('/_headers')).status()).toBe(404);
  });

  test('scripts, styles and the search index carry them too', async ({ request }) => {
    const html = await (await request.get('/en/articles/voice-callback/')).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const path of [...assets, '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/sw.js']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(securityHeaderProblems(response.headers()), path).toEqual([]);
    }
  });
});
