// The local static host behind `npm start`, the e2e tests and the benchmark: answers from a built site
// folder the way a production static host does (folder indexes, each locale's 404 page, gzip, the
// _headers rules on every response). Whatever a request holds, it gets a 4xx at worst; no request can
// throw out of the handler and stop the process.
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { headersFor } from './static-headers.ts';
import { contentTypeOf, isCompressible } from './content-types.ts';
import { findFile, notFoundPageFor, openSiteFolder, type SiteFolder } from './site-folder.ts';
import { isValidHost, parseRequestTarget, pathOf } from './request-target.ts';

type Headers = Record<string, string | number>;

const allowedMethods = 'GET, HEAD';

/** An HTTP server for a built site folder; call listen() on it, or use startSiteServer(). */
export function createSiteServer(site: SiteFolder): Server {
  // Sockets whose response has started: a parse error on them cannot get an answer of its own.
  const answering = new WeakSet<Duplex>();
  // The Host header is checked below, so a missing one gets a 400 with the security headers too.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    answering.add(req.socket);
    res.once('close', () => answering.delete(req.socket));
    try {
      answer(site, req, res);
    } catch (error) {
      failed(site, req, res, error);
    }
  });
  // A request Node's parser refuses (a malformed request line or header, headers too large) never reaches
  // the handler; answer it here with the same headers, then close, as Node's own default does.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable || answering.has(socket)) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    closeWith(socket, rawStatusResponse(status, securityHeaders(site, '/')));
  });
  // CONNECT (a proxy tunnel) skips the request handler too; without this Node would drop it unanswered.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    closeWith(socket, rawStatusResponse(405, { ...securityHeaders(site, '/'), Allow: allowedMethods }));
  });
  return server;
}

export interface RunningSite {
  server: Server;
  /** http://<host>:<port>, with the port actually bound (PORT=0 picks a free one). */
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Serves the folder on host:port; rejects with the listen error (EADDRINUSE, EACCES …) instead of throwing. */
export function startSiteServer(dir: string, port = 0, host = '127.0.0.1'): Promise<RunningSite> {
  const server = createSiteServer(openSiteFolder(dir));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const bound = (server.address() as AddressInfo).port;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        server,
        url: `http://${urlHost}:${bound}`,
        port: bound,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function answer(site: SiteFolder, req: IncomingMessage, res: ServerResponse): void {
  const target = parseRequestTarget(req.url ?? '');
  const path = target ? pathOf(target.segments, target.trailingSlash) : '/';
  const security = securityHeaders(site, path);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendStatus(req, res, 405, { ...security, Allow: allowedMethods });
    return;
  }
  if (!target || !hasValidHost(req)) {
    sendStatus(req, res, 400, security);
    return;
  }
  const found = findFile(site, target.segments, target.trailingSlash);
  if (found?.directoryIndex && !target.trailingSlash) {
    // Relative links need the slash, as on static hosts. The Location is built from the cleaned segments,
    // never from the raw request, so it is always a path on this origin ("/en/", never "//evil.example/").
    sendStatus(req, res, 301, { ...security, Location: pathOf(target.segments, true) + target.search });
    return;
  }
  if (found) {
    sendFile(req, res, 200, found.file, security, path.startsWith('/_astro/'));
    return;
  }
  const page = notFoundPageFor(site, target.segments);
  if (page) sendFile(req, res, 404, page, security, false);
  else sendStatus(req, res, 404, security);
}

/** Exactly one valid Host header (RFC 9112 3.2); HTTP/1.0 clients may leave it out. */
function hasValidHost(req: IncomingMessage): boolean {
  const hosts: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i]!.toLowerCase() === 'host') hosts.push(req.rawHeaders[i + 1]!);
  }
  if (hosts.length === 0) return req.httpVersion === '1.0';
  return hosts.length === 1 && isValidHost(hosts[0]!);
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  file: string,
  security: Headers,
  immutable: boolean,
): void {
  const headers: Headers = {
    'Content-Type': contentTypeOf(file),
    ...security,
    // File names under /_astro/ change with their content; a 404 there must not be cached for good.
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (isCompressible(file) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const body = gzipSync(readFileSync(file));
    res.writeHead(status, {
      ...headers,
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  const size = statSync(file).size;
  if (req.method === 'HEAD') {
    res.writeHead(status, { ...headers, 'Content-Length': size });
    res.end();
    return;
  }
  const stream = createReadStream(file);
  // A file that disappears after the stat would otherwise raise an unhandled 'error' and stop the server.
  stream.once('error', () => res.destroy());
  stream.once('open', () => {
    res.writeHead(status, { ...headers, 'Content-Length': size });
    stream.pipe(res);
  });
}

/** A status with a one-line plain-text body ("405 Method Not Allowed"), the protocol's words, not the site's. */
function sendStatus(req: IncomingMessage, res: ServerResponse, status: number, headers: Headers): void {
  const body = `${status} ${STATUS_CODES[status]}\n`;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    ...headers,
    'Cache-Control': 'no-cache',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A bug of ours, not the client's: say so once on the console and answer 500 if nothing was sent yet. */
function failed(site: SiteFolder, req: IncomingMessage, res: ServerResponse, error: unknown): void {
  console.error(
    `Could not answer ${req.method} ${JSON.stringify(req.url)}: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (res.headersSent) {
    res.destroy();
    return;
  }
  try {
    sendStatus(req, res, 500, securityHeaders(site, '/'));
  } catch {
    res.destroy();
  }
}

function securityHeaders(site: SiteFolder, path: string): Headers {
  return Object.fromEntries(headersFor(site.rules, path));
}

/** Writes a last answer and closes: end() lets the client read it first; a client that never reads is dropped. */
function closeWith(socket: Duplex, response: string): void {
  socket.once('error', () => socket.destroy());
  socket.end(response);
  setTimeout(() => socket.destroy(), 2_000).unref();
}

function rawStatusResponse(status: number, headers: Headers): string {
  const body = `${status} ${STATUS_CODES[status]}\n`;
  const all: Headers = {
    'Content-Type': 'text/plain; charset=utf-8',
    ...headers,
    'Cache-Control': 'no-cache',
    'Content-Length': Buffer.byteLength(body),
    Connection: 'close',
  };
  const lines = Object.entries(all).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}
