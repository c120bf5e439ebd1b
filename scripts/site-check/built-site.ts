// Reads a built site folder (dist/) into the plain data the link checker works on: every file,
// every page's HTML under the address a browser uses, and what the sitemap lists.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltSite } from './link-check.ts';

/** Used when a site has no sitemap, so no absolute link is mistaken for an internal one. */
const noOrigin = 'http://site.invalid';

/** The address of a built HTML file: en/index.html -> /en/, 404.html -> /404.html. */
export function pathOfFile(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Absolute URLs in the site's sitemap-N.xml files, in file order. */
export function sitemapUrls(dir: string): URL[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .sort();
  return files.flatMap((f) =>
    [...readFileSync(join(dir, f), 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL(m[1]!)),
  );
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Every file and page of the site in `dir`. */
export function readBuiltSite(dir: string): BuiltSite {
  const files = walk(dir).map((f) => relative(dir, f));
  const pages = new Map<string, string>();
  for (const file of files) {
    if (file.endsWith('.html')) pages.set(pathOfFile(file), readFileSync(join(dir, file), 'utf8'));
  }
  const urls = sitemapUrls(dir);
  return {
    files: new Set(files.map((f) => `/${f.split(sep).join('/')}`)),
    pages,
    sitemap: [...new Set(urls.map((u) => decodeURIComponent(u.pathname)))],
    origin: urls[0]?.origin ?? noOrigin,
  };
}
