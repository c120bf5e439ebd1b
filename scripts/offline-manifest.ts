// The post-build step of `npm run build`, after Pagefind: writes dist/sw.js, the service worker with this build's
// offline manifest, and says what a reader's browser saves per language. `node scripts/offline-manifest.ts [dist]`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { allLocales } from '../src/i18n/locales.ts';
import { offlineManifest, siteFiles } from './offline/manifest.ts';
import { serviceWorkerScript, workerCode } from './offline/service-worker-script.ts';
import type { FileHashes } from '../src/workers/offline-manifest.ts';

const dist = resolve(process.argv[2] ?? process.env['SLH_DIST'] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}. Run "npm run build" first.`);
  process.exit(1);
}

const code = workerCode();
const manifest = offlineManifest(dist, { locales: allLocales, workerCode: code });
const script = serviceWorkerScript(manifest, code);
writeFileSync(join(dist, 'sw.js'), script);

// What the transfer costs, as `npm start` serves it: gzip for text, Pagefind's own files as they are (already compressed).
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);
const files = siteFiles(dist);
const onWire = (path: string): number => {
  const file = files.get(path)!;
  const body = readFileSync(file);
  return compressible.has(extname(file)) ? gzipSync(body).length : body.length;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const describe = (group: FileHashes) => {
  const paths = Object.keys(group);
  return `${paths.length} files, ${kb(paths.reduce((sum, p) => sum + onWire(p), 0))}`;
};
console.log(`Offline: build ${manifest.version}, dist/sw.js ${kb(gzipSync(script).length)} compressed`);
console.log(`  shared (on install): ${describe(manifest.shared)}`);
for (const [locale, group] of Object.entries(manifest.locales)) console.log(`  ${locale}: ${describe(group)}`);
