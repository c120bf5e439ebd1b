// The offline manifest of a built site: which files of dist/ every language needs, which belong to one language,
// a content hash of each, and a build id from all of them. Read after Pagefind has written its index, because the
// search files of a language are only known from Pagefind's pagefind-entry.json.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathOfFile } from '../site-check/built-site.ts';
import type { FileHashes, OfflineManifest } from '../../src/workers/offline-manifest.ts';

export const cachePrefix = 'slh-offline-';

/** Published but never needed offline: host configuration, files for crawlers, the team's pages, the worker itself. */
const notOffline = [
  /^\/_headers$/,
  /^\/_redirects$/,
  /^\/robots\.txt$/,
  /^\/sitemap-[^/]+\.xml$/,
  /^\/translation-status\//,
  /^\/sw\.js$/,
];
/** Pagefind's search runtime; its UI kits (pagefind-ui.js and the like) are not used by the site. */
const pagefindRuntime = ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json'];

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/** Site paths of the regular files under `dist` (symbolic links are skipped: they could point outside it). */
export function siteFiles(dist: string): Map<string, string> {
  const root = realpathSync(dist);
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      // A symbolic link is neither a directory nor a file here, so nothing outside dist/ is followed.
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.set(encodeURI(pathOfFile(relative(root, full))), full);
    }
  };
  walk(root);
  return files;
}

/** The first 16 hex digits of a file's SHA-256: what the worker checks each download against. */
export function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
}

/** Pagefind's files for one language of its index, as site paths. */
function pagefindFilesOf(entry: PagefindEntry, lang: string, paths: readonly string[]): string[] {
  const language = entry.languages[lang.toLowerCase()];
  if (!language) return [];
  const own = [`/pagefind/pagefind.${language.hash}.pf_meta`];
  if (language.wasm) own.push(`/pagefind/wasm.${language.wasm}.pagefind`);
  const chunk = new RegExp(`^/pagefind/(index|filter|fragment)/${lang.toLowerCase()}_[^/]+$`);
  return paths.filter((p) => own.includes(p) || chunk.test(p));
}

export interface ManifestOptions {
  /** The site's locales: code (first path segment) and lang (Pagefind's index language, from <html lang>). */
  locales: readonly { code: string; lang: string }[];
  /** The worker's code: part of the build id, so a new worker is a new version even when no file changed. */
  workerCode: string;
}

/** The manifest of the site built in `dist`; throws when Pagefind has not run there yet. */
export function offlineManifest(dist: string, { locales, workerCode }: ManifestOptions): OfflineManifest {
  const entryFile = join(dist, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entryFile))
    throw new Error(`${entryFile} is missing: run Pagefind on ${dist} before the offline manifest.`);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;

  const files = siteFiles(dist);
  files.delete('/sw.js');
  const hashes = new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, file]) => [path, fileHash(file)]));
  const paths = [...hashes.keys()];
  const pick = (wanted: readonly string[]): FileHashes => Object.fromEntries(wanted.map((p) => [p, hashes.get(p)!]));

  const perLocale = Object.fromEntries(
    locales.map(({ code, lang }) => [
      code,
      pick([...paths.filter((p) => p.startsWith(`/${code}/`)), ...pagefindFilesOf(entry, lang, paths)]),
    ]),
  );
  const taken = new Set(Object.values(perLocale).flatMap((f) => Object.keys(f)));
  const shared = pick(
    paths.filter(
      (p) =>
        !taken.has(p) &&
        !notOffline.some((rule) => rule.test(p)) &&
        (!p.startsWith('/pagefind/') || pagefindRuntime.includes(p)),
    ),
  );

  // Every file of the build counts, listed or not, so the id changes whenever anything published changes.
  const id = createHash('sha256');
  for (const [path, hash] of hashes) id.update(`${path} ${hash}\n`);
  const version = id.update(workerCode).digest('hex').slice(0, 12);
  return { version, prefix: cachePrefix, cache: `${cachePrefix}${version}`, shared, locales: perLocale };
}
