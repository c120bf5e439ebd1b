// Adding a locale is config plus files: the real build, given a copy of content/ with a pseudo-locale
// (accented, 40% longer English) and that locale in SLH_EXTRA_LOCALES, builds every page for it, the
// report and the status page show it, untranslated and outdated articles say so, and no page of it
// scrolls sideways on a 360 px phone. The build uses the site's config, with a cache of its own.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chromiumArgs, chromiumPath } from '../../../scripts/browser.ts';
import { writePseudoContent } from '../../../src/l10n/pseudo-content.ts';
import { pseudoText } from '../../../src/l10n/pseudo-locale.ts';
import { loadGlossary } from '../../../src/l10n/glossary.ts';
import type { L10nReport } from '../../../src/l10n/l10n-report.ts';

const work = mkdtempSync(join(tmpdir(), 'slh-pseudo-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const untranslated = ['recover-ib-key', 'sms-two-factor'];
const changed = 'voice-callback';
const locale = writePseudoContent({ from: 'content', to: content, sourceLocale: 'en', untranslated });
// The English article and one English string change after both translations were made from them: they are now outdated.
appendFileSync(join(content, 'articles', 'en', `${changed}.mdx`), '\nA sentence added to the English article after it was translated.\n');
const uiFile = join(content, 'locales', 'en', 'ui.json');
writeFileSync(uiFile, readFileSync(uiFile, 'utf8').replace('"home": "Help center home"', '"home": "Help center start page"'));

const env = {
  ...process.env,
  SLH_CONTENT_DIR: content,
  SLH_EXTRA_LOCALES: JSON.stringify([locale]),
  ASTRO_TELEMETRY_DISABLED: '1',
};
const terms = loadGlossary('content').map((g) => g.term);
const ui = JSON.parse(readFileSync('content/locales/en/ui.json', 'utf8')) as { article: Record<string, string>; home: Record<string, string> };
const pseudo = (text: string) => pseudoText(text, terms);
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/** Site paths of every page built under a locale folder, e.g. /xx/articles/voice-callback/ */
function pagesOf(code: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name === 'index.html' ? [dir] : []));
  return walk(join(dist, code))
    .map((dir) => `/${relative(dist, dir)}/`)
    .sort();
}

let build: ReturnType<typeof spawnSync>;
beforeAll(() => {
  const args = ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'test/astro-isolated.config.mjs', '--outDir', dist];
  build = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...env, SLH_ASTRO_CACHE_DIR: join(work, 'cache') }, timeout: 180_000 });
}, 200_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a site with an extra pseudo-locale (config plus files)', () => {
  it('builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('has every page English has, in the pseudo-locale, in its language', () => {
    const english = pagesOf('en');
    expect(english.length).toBeGreaterThan(10);
    expect(pagesOf(locale.code)).toEqual(english.map((p) => p.replace(/^\/en\//, `/${locale.code}/`)));
    const home = page(locale.code);
    expect(home).toContain(`<html lang="${locale.lang}"`);
    expect(home).toContain(pseudo(ui.home['title']!));
  });

  it('shows untranslated articles in English with the not-translated notice', () => {
    const html = page(`${locale.code}/articles/${untranslated[0]}`);
    expect(html).toContain(pseudo(ui.article['notTranslated']!));
    expect(html).not.toContain(pseudo(ui.article['outdatedLink']!));
    // The English text is marked as English for screen readers and search, the notice is not.
    expect(html).toMatch(/<article[^>]* lang="en"/);
    expect(html).toMatch(/<li aria-current="page"[^>]* lang="en"/);
    expect(html).toMatch(new RegExp(`<p class="notice[^"]*" lang="${locale.lang}"`));
  });

  it('says on an outdated translation, in its language, that the English version is newer, and links to it', () => {
    const link = `<a href="/en/articles/${changed}/" hreflang="en">`;
    expect(page(`${locale.code}/articles/${changed}`)).toContain(`${link}${pseudo(ui.article['outdatedLink']!)}</a>`);
    expect(page(`it/articles/${changed}`)).toContain(`${link}Leggi la versione inglese aggiornata</a>`);
    expect(page(`it/articles/digital-security-card-login`)).not.toContain('Leggi la versione inglese aggiornata');
  });

  it('shows outdated strings with the English before and after, and the English diff of an outdated article', () => {
    const status = page('translation-status');
    // Checked as booleans: a failure should not print the whole page.
    expect(/<code[^>]*>ui:nav.home<\/code>/.test(status)).toBe(true);
    expect(/<dt[^>]*>English before<\/dt>\s*<dd[^>]*>Help center home<\/dd>\s*<dt[^>]*>English now<\/dt>\s*<dd[^>]*>Help center start page<\/dd>/.test(status)).toBe(true);
    expect(new RegExp(`<details class="article-diff"[^>]*>\\s*<summary[^>]*>\\s*${changed}`).test(status)).toBe(true);
    expect(/<ins[^>]*><span class="visually-hidden"[^>]*>added: <\/span>A sentence added to the English article after it was translated.<\/ins>/.test(status)).toBe(true);
  });

  it('lists the pseudo-locale on the translation status page', () => {
    const status = page('translation-status');
    expect(status).toContain(`id="locale-${locale.code}"`);
    // The tag is shown where it differs from the code, and only there.
    expect(status).toContain(`(${locale.code}, ${locale.lang})</h2>`);
    expect(status).toContain('(it)</h2>');
  });

  it('shows the pseudo-locale in the l10n report, with warnings only', () => {
    const run = spawnSync(process.execPath, ['scripts/l10n.ts', '--json'], { encoding: 'utf8', env });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as L10nReport;
    const counts = Object.fromEntries(report.locales.map((l) => [l.code, l.counts]));
    // Every English article exists in both; the pseudo-locale lacks the untranslated ones, both have `changed` outdated.
    const articles = readdirSync(join(content, 'articles', 'en')).filter((f) => f.endsWith('.mdx')).length;
    const missing = untranslated.length;
    expect(counts[locale.code]).toEqual({ upToDate: articles - 1 - missing, outdated: 1, missing, articles, outdatedStrings: 1, errors: 0, warnings: 2 + missing });
    expect(counts['it']).toEqual({ upToDate: articles - 1, outdated: 1, missing: 0, articles, outdatedStrings: 1, errors: 0, warnings: 2 });
    const italian = report.locales.find((l) => l.code === 'it')!;
    expect(italian.articles.find((a) => a.slug === changed)!.diff!.sections).toEqual([
      { heading: expect.any(String), change: 'changed', lines: [[{ kind: 'added', text: 'A sentence added to the English article after it was translated.' }]] },
    ]);
  });

  it('fits every page of the pseudo-locale on a 360 px screen without sideways scrolling', { timeout: 120_000 }, async () => {
    const executablePath = chromiumPath();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
    const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json' };
    try {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, baseURL: 'http://pseudo.test' });
      // Serve the build straight from disk: no port to pick, nothing else running.
      await context.route('**/*', async (route) => {
        const path = decodeURIComponent(new URL(route.request().url()).pathname);
        const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
        if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ status: 200, contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
      });
      const tab = await context.newPage();
      const overflowing: string[] = [];
      for (const path of pagesOf(locale.code)) {
        await tab.goto(path);
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) overflowing.push(`${path} (${overflow}px)`);
      }
      expect(overflowing).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('keeps the status page with diffs and outdated strings accessible in both colour schemes, and 360 px wide', { timeout: 120_000 }, async () => {
    const executablePath = chromiumPath();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
    const open = async (tab: Page) => {
      await tab.route('**/*', async (route) => {
        const path = decodeURIComponent(new URL(route.request().url()).pathname);
        const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
        if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ status: 200, contentType: path.endsWith('.css') ? 'text/css' : 'text/html', body: readFileSync(file) });
      });
      await tab.goto('http://pseudo.test/translation-status/');
      // The diffs are collapsed by default; open them so axe checks what a reader sees when they do.
      for (const summary of await tab.locator('details.article-diff > summary').all()) await summary.click();
      await expect.poll(() => tab.locator('details.article-diff[open]').count()).toBeGreaterThan(0);
    };
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme });
        const tab = await context.newPage();
        await open(tab);
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, colorScheme).toBe(0);
        const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});
