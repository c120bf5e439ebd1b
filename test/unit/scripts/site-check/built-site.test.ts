import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readBuiltSite, pathOfFile } from '../../../../scripts/site-check/built-site.ts';
import { checkSite } from '../../../../scripts/site-check/link-check.ts';

const fixture = fileURLToPath(new URL('../../../fixtures/link-site', import.meta.url));

describe('reading a built site folder', () => {
  it('maps files to the addresses browsers ask for', () => {
    expect(pathOfFile('index.html')).toBe('/');
    expect(pathOfFile('en/index.html')).toBe('/en/');
    expect(pathOfFile('en/a/index.html')).toBe('/en/a/');
    expect(pathOfFile('404.html')).toBe('/404.html');
  });

  it('reads pages, files, the sitemap and the published origin', () => {
    const site = readBuiltSite(fixture);
    expect([...site.pages.keys()].sort()).toEqual([
      '/',
      '/en/',
      '/en/404/',
      '/en/a/',
      '/en/b/',
      '/en/c/',
      '/en/listed/',
      '/en/orphan/',
    ]);
    expect(site.files.has('/_astro/site.css')).toBe(true);
    expect(site.sitemap).toEqual(['/en/', '/en/listed/', '/en/never-built/']);
    expect(site.origin).toBe('https://help.example.com');
  });
});

describe('checking the fixture site', () => {
  it('finds every planted problem and nothing else', () => {
    const problems = checkSite(readBuiltSite(fixture)).problems.map((p) => `${p.kind} ${p.page} ${p.target}`);
    expect(problems).toEqual([
      'image-alt /en/ <img src="/_astro/photo.png">',
      'image-name /en/ <svg class="unnamed">',
      'broken-link /en/ https://help.example.com/it/',
      'broken-link /en/ /_astro/gone.js',
      'broken-anchor /en/ /en/b/#missing',
      'missing-slash /en/ /en/c',
      'broken-link /en/ /en/gone/',
      'duplicate-id /en/a/ #steps',
      'sitemap-missing sitemap /en/never-built/',
      'orphan /en/orphan/ /en/orphan/',
    ]);
  });
});
