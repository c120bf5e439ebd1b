// A small built site in a temporary folder, with things planted around it that must never be served:
// a sibling folder whose name starts with the site's ("dist-old"), a secret file beside the site, and
// symlinks inside the site pointing out of it.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Text that appears only in the files outside the site. */
export const secretMarker = 'SECRET-OUTSIDE-THE-SITE-7f3a';
/** The text of notes.txt, a file inside the site (and of link-in.txt, a symlink to it). */
export const insideMarker = 'notes inside the site';

export interface TempSite {
  /** The site folder (like dist/). */
  root: string;
  /** Whether the symlinks could be made (some systems forbid them). */
  symlinks: boolean;
  remove: () => void;
}

export function makeTempSite(): TempSite {
  const parent = mkdtempSync(join(tmpdir(), 'slh-server-'));
  const root = join(parent, 'dist');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Home</title><p>home page',
    '404.html': '<!doctype html><title>Not found</title><p>top-level not found',
    'en/index.html': '<!doctype html><html lang="en"><title>English</title><p>english home',
    'en/404/index.html': '<!doctype html><html lang="en"><title>Page not found</title><p>english not found',
    'it/index.html': '<!doctype html><html lang="it"><title>Italiano</title><p>italian home',
    'it/404/index.html': '<!doctype html><html lang="it"><title>Pagina non trovata</title><p>italian not found',
    'en/articles/sms/index.html': `<!doctype html><p>${'an article about sms codes '.repeat(40)}`,
    '_astro/app.js': 'console.log("app");\n'.repeat(20),
    'pagefind/wasm.en.pagefind': 'binary-ish',
    'notes.txt': insideMarker,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  cpSync(resolve(import.meta.dirname, '../../public/_headers'), join(root, '_headers'));
  mkdirSync(join(parent, 'dist-old'));
  writeFileSync(join(parent, 'dist-old', 'notes.txt'), `${secretMarker} in dist-old`);
  writeFileSync(join(parent, 'dist-old', 'index.html'), `${secretMarker} index in dist-old`);
  writeFileSync(join(parent, 'secret.txt'), `${secretMarker} beside the site`);
  let symlinks = true;
  try {
    symlinkSync('../secret.txt', join(root, 'link-out.txt'));
    symlinkSync('../dist-old', join(root, 'link-out-dir'));
    symlinkSync('notes.txt', join(root, 'link-in.txt'));
  } catch {
    symlinks = false;
  }
  return { root, symlinks, remove: () => rmSync(parent, { recursive: true, force: true }) };
}
