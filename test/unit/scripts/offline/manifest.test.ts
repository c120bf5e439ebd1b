import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, appendFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { offlineManifest, siteFiles, cachePrefix } from '../../../../scripts/offline/manifest.ts';

const locales = [
  { code: 'en', lang: 'en' },
  { code: 'it', lang: 'it' },
];

/** A small built site: pages in two locales, assets, a Pagefind index, and files that are not for offline use. */
const fixture: Record<string, string> = {
  'index.html': '<p>choose a language</p>',
  '404.html': '<p>not found</p>',
  'favicon.svg': '<svg/>',
  _headers: '/*\n  X-Frame-Options: DENY\n',
  'robots.txt': 'User-agent: *',
  'sitemap-index.xml': '<sitemapindex/>',
  'sitemap-0.xml': '<urlset/>',
  'sw.js': '// the worker of the previous run',
  '_astro/page.a1b2.js': 'console.log(1)',
  '_astro/page.c3d4.css': 'p{}',
  'en/index.html': '<p>home</p>',
  'en/articles/sms/index.html': '<p>sms</p>',
  'en/404/index.html': '<p>404</p>',
  'it/index.html': '<p>casa</p>',
  'it/wizards/sms-code/index.html': '<p>percorso</p>',
  'translation-status/index.html': '<p>team</p>',
  'translation-status/files/ui.json.txt': '{}',
  'pagefind/pagefind-entry.json': JSON.stringify({
    version: '1.6.0',
    languages: { en: { hash: 'en_111', wasm: 'en' }, it: { hash: 'it_222', wasm: 'it' } },
  }),
  'pagefind/pagefind.js': 'export {}',
  'pagefind/pagefind-worker.js': 'onmessage = () => {}',
  'pagefind/pagefind-ui.js': 'ui kit',
  'pagefind/pagefind-ui.css': 'ui kit',
  'pagefind/pagefind.en_111.pf_meta': 'meta en',
  'pagefind/pagefind.it_222.pf_meta': 'meta it',
  'pagefind/wasm.en.pagefind': 'wasm en',
  'pagefind/wasm.it.pagefind': 'wasm it',
  'pagefind/wasm.unknown.pagefind': 'wasm other',
  'pagefind/index/en_aaa.pf_index': 'index en',
  'pagefind/index/it_bbb.pf_index': 'index it',
  'pagefind/fragment/en_ccc.pf_fragment': 'fragment en',
  'pagefind/fragment/it_ddd.pf_fragment': 'fragment it',
  'pagefind/filter/en_eee.pf_filter': 'filter en',
  'pagefind/filter/it_fff.pf_filter': 'filter it',
};

let dist: string;
let outside: string;
beforeEach(() => {
  const base = mkdtempSync(join(tmpdir(), 'slh-manifest-'));
  dist = join(base, 'dist');
  outside = join(base, 'secret.html');
  writeFileSync(outside, 'not part of the site');
  for (const [file, text] of Object.entries(fixture)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
});
afterEach(() => rmSync(dirname(dist), { recursive: true, force: true }));

const manifestOf = (workerCode = 'worker') => offlineManifest(dist, { locales, workerCode });

describe('the offline manifest', () => {
  it('saves the assets, the language picker and Pagefind’s runtime for every language', () => {
    expect(Object.keys(manifestOf().shared)).toEqual([
      '/',
      '/404.html',
      '/_astro/page.a1b2.js',
      '/_astro/page.c3d4.css',
      '/favicon.svg',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.js',
    ]);
  });

  it('gives each language its pages and its own search index, WebAssembly, fragments and filters', () => {
    const { locales: perLocale } = manifestOf();
    expect(Object.keys(perLocale['en']!)).toEqual([
      '/en/',
      '/en/404/',
      '/en/articles/sms/',
      '/pagefind/filter/en_eee.pf_filter',
      '/pagefind/fragment/en_ccc.pf_fragment',
      '/pagefind/index/en_aaa.pf_index',
      '/pagefind/pagefind.en_111.pf_meta',
      '/pagefind/wasm.en.pagefind',
    ]);
    expect(Object.keys(perLocale['it']!)).toEqual([
      '/it/',
      '/it/wizards/sms-code/',
      '/pagefind/filter/it_fff.pf_filter',
      '/pagefind/fragment/it_ddd.pf_fragment',
      '/pagefind/index/it_bbb.pf_index',
      '/pagefind/pagefind.it_222.pf_meta',
      '/pagefind/wasm.it.pagefind',
    ]);
  });

  it('leaves out host files, crawler files, the team’s pages, Pagefind’s UI kits and the worker itself', () => {
    const manifest = manifestOf();
    const listed = [manifest.shared, ...Object.values(manifest.locales)].flatMap((group) => Object.keys(group));
    for (const path of [
      '/_headers',
      '/robots.txt',
      '/sitemap-0.xml',
      '/sitemap-index.xml',
      '/sw.js',
      '/pagefind/pagefind-ui.js',
    ]) {
      expect(listed).not.toContain(path);
    }
    expect(listed.filter((p) => p.startsWith('/translation-status/') || p.includes('unknown'))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('hashes each file as the worker checks it: the first 16 hex digits of its SHA-256', () => {
    const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
    const manifest = manifestOf();
    expect(manifest.shared['/']).toBe(sha(fixture['index.html']!));
    expect(manifest.locales['it']!['/pagefind/wasm.it.pagefind']).toBe(sha('wasm it'));
  });

  it('names the cache after the build', () => {
    const manifest = manifestOf();
    expect(manifest.version).toMatch(/^[0-9a-f]{12}$/);
    expect(manifest.cache).toBe(`${cachePrefix}${manifest.version}`);
  });

  it('gets a new version when any published file changes, and only then', () => {
    const first = manifestOf().version;
    expect(manifestOf().version).toBe(first);
    const seen = new Set([first]);
    for (const file of Object.keys(fixture).filter((f) => f !== 'sw.js')) {
      appendFileSync(join(dist, file), ' ');
      const version = manifestOf().version;
      expect(seen.has(version), `${file} changed but the version did not`).toBe(false);
      seen.add(version);
    }
    const last = manifestOf().version;
    appendFileSync(join(dist, 'sw.js'), '// rewritten');
    expect(manifestOf().version, 'sw.js is the output, not part of the build').toBe(last);
    expect(manifestOf('a new worker').version).not.toBe(last);
  });

  it('never lists a file outside dist/, even through a symbolic link', () => {
    symlinkSync(outside, join(dist, 'en', 'leak.html'));
    symlinkSync(dirname(outside), join(dist, 'en', 'parent'));
    const root = realpathSync(dist);
    const files = siteFiles(dist);
    expect([...files.values()].every((file) => realpathSync(file).startsWith(`${root}/`))).toBe(true);
    expect([...files.keys()].filter((p) => p.includes('leak') || p.includes('parent'))).toEqual([]);
    const manifest = manifestOf();
    expect(Object.keys(manifest.locales['en']!).filter((p) => p.includes('leak') || p.includes('parent'))).toEqual([]);
  });

  it('refuses a site Pagefind has not indexed yet', () => {
    rmSync(join(dist, 'pagefind', 'pagefind-entry.json'));
    expect(() => manifestOf()).toThrow(/pagefind-entry\.json is missing: run Pagefind/);
  });
});
