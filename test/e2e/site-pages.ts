// The list of built pages, read from the sitemap the build wrote (plus pages kept out of it).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Site-relative paths of every page in dist/sitemap-*.xml. */
export function sitemapPaths(dist = 'dist'): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}

/** Pages that exist but are deliberately not in the sitemap (404s, the translation status page). */
export function unlistedPaths(dist = 'dist'): string[] {
  const locales = readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dist, d.name, '404', 'index.html')))
    .map((d) => d.name);
  return ['/404.html', ...locales.map((l) => `/${l}/404/`), '/translation-status/'];
}
