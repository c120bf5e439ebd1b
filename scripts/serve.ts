// Serves the built site (dist/) the way a static host would: directory indexes, the locale's
// 404 page for unknown addresses, compression, and the security headers from dist/_headers.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile, headersFor } from './static-headers.ts';

const root = resolve(process.env['SLH_DIST'] ?? 'dist');
const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}

const rules = parseHeadersFile(join(root, '_headers'));
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);
// A locale is any top-level folder with its own 404 page; unknown addresses inside it get that page.
const locales = new Set(
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, '404', 'index.html')))
    .map((d) => d.name),
);

/** The file for a URL path, or undefined. Refuses paths that climb out of the site folder. */
function resolveFile(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  let status = 200;
  let file: string | undefined;
  try {
    file = resolveFile(url.pathname);
  } catch {
    file = undefined; // malformed percent-encoding: treat as not found
  }
  // Directory without trailing slash: redirect like static hosts do, so relative links work.
  if (file && file.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  if (!file) {
    status = 404;
    const first = url.pathname.split('/')[1] ?? '';
    file = locales.has(first) ? join(root, first, '404', 'index.html') : join(root, '404.html');
  }
  const ext = extname(file);
  const headers: Record<string, string> = { 'Content-Type': types[ext] ?? 'application/octet-stream' };
  for (const [name, value] of headersFor(rules, url.pathname)) headers[name] = value;
  headers['Cache-Control'] = url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const body = gzipSync(readFileSync(file));
    res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Length': statSync(file).size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Secure Login Help is served at http://localhost:${port}/ (press Ctrl+C to stop)`);
});
