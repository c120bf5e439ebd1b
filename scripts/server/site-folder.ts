// A built site on disk as the server sees it: which file answers a list of path segments, which
// "page not found" answers a miss, and the header rules. Nothing outside the folder is ever returned.
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parseHeadersFile, type HeaderRule } from './static-headers.ts';

export interface SiteFolder {
  root: string;
  /** The root with symlinks resolved, to hold a file's real path to. */
  realRoot: string;
  rules: HeaderRule[];
  /** Top-level folders with their own 404 page. */
  locales: Set<string>;
}

/** Files at the root that configure the host and are not part of the site (Netlify and Cloudflare never serve them). */
const hostFiles = new Set(['_headers', '_redirects']);

/** Reads the folder's header rules and locale 404 pages once. */
export function openSiteFolder(dir: string): SiteFolder {
  const root = resolve(dir);
  const locales = new Set(
    readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && statOf(join(root, d.name, '404', 'index.html'))?.isFile())
      .map((d) => d.name),
  );
  return { root, realRoot: realpathSync(root), rules: parseHeadersFile(join(root, '_headers')), locales };
}

/** Whether `path` is `root` itself or inside it. Both must be absolute and normalised (as resolve() leaves them). */
export function isInside(root: string, path: string): boolean {
  // The separator matters: "/srv/dist-old" starts with "/srv/dist" but is not inside it.
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

export interface FoundFile {
  file: string;
  /** The file is a folder's index.html, so the address should end in "/". */
  directoryIndex: boolean;
}

/** The file that answers a site path, or undefined. `trailingSlash` asks for a folder, so a plain file does not answer it. */
export function findFile(site: SiteFolder, segments: readonly string[], trailingSlash: boolean): FoundFile | undefined {
  if (segments.length === 1 && hostFiles.has(segments[0]!)) return undefined;
  const candidate = resolve(site.root, ...segments);
  if (!isInside(site.root, candidate)) return undefined;
  const stats = statOf(candidate);
  if (stats?.isFile() && !trailingSlash)
    return isReallyInside(site, candidate) ? { file: candidate, directoryIndex: false } : undefined;
  if (stats?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if (statOf(index)?.isFile() && isReallyInside(site, index)) return { file: index, directoryIndex: true };
  }
  return undefined;
}

/** The "page not found" for a site path: its locale's own, else the top-level one, else none. */
export function notFoundPageFor(site: SiteFolder, segments: readonly string[]): string | undefined {
  const first = segments[0];
  if (first !== undefined && site.locales.has(first)) return join(site.root, first, '404', 'index.html');
  const page = join(site.root, '404.html');
  return statOf(page)?.isFile() ? page : undefined;
}

/** Whether a file's real path (symlinks followed) is still inside the site: a link may not point out of it. */
function isReallyInside(site: SiteFolder, file: string): boolean {
  try {
    return isInside(site.realRoot, realpathSync(file));
  } catch {
    return false;
  }
}

/** The file's stats, or undefined for a missing file or any error (a name too long, a file used as a folder). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
