// The local server against a small site in a temporary folder, probed as an attacker would, over raw
// sockets so every byte of the request is the test's own.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { startSiteServer, type RunningSite } from '../../../../scripts/server/site-server.ts';
import { securityHeaderProblems } from '../../../support/security-headers.ts';
import { requestFor, sendRaw, type RawResponse } from '../../../support/raw-http.ts';
import { insideMarker, makeTempSite, secretMarker, type TempSite } from '../../../support/temp-site.ts';

let site: TempSite;
let server: RunningSite;

beforeAll(async () => {
  site = makeTempSite();
  server = await startSiteServer(site.root);
});
afterAll(async () => {
  await server.close();
  site.remove();
});

async function get(target: string, options?: Parameters<typeof requestFor>[1]): Promise<RawResponse> {
  const response = await sendRaw(server.port, requestFor(target, options));
  if (!response) throw new Error(`no answer to ${target}`);
  return response;
}

/** Still up: the home page answers. */
async function expectStillServing(): Promise<void> {
  expect((await get('/')).status).toBe(200);
}

describe('a request that is not a valid URL', () => {
  it('"GET //[/" gets 400 and the server keeps serving', async () => {
    const response = await get('//[/');
    expect(response.status).toBe(400);
    expect(securityHeaderProblems(response.headers)).toEqual([]);
    await expectStillServing();
  });

  it('a Host header with a space gets 400', async () => {
    expect((await get('/', { headers: ['Host: a b'] })).status).toBe(400);
    await expectStillServing();
  });

  it('a missing, empty or repeated Host header gets 400 (HTTP/1.0 may leave it out)', async () => {
    expect((await get('/', { headers: [] })).status).toBe(400);
    expect((await get('/', { headers: ['Host:'] })).status).toBe(400);
    expect((await get('/', { headers: ['Host: a', 'Host: b'] })).status).toBe(400);
    expect((await sendRaw(server.port, 'GET / HTTP/1.0\r\n\r\n'))?.status).toBe(200);
  });

  it('broken percent-encoding, overlong UTF-8 and NUL bytes get 400', async () => {
    for (const target of ['/%', '/%zz', '/%C0%AE%C0%AE/secret.txt', '/notes.txt%00', '/notes.txt%00.html']) {
      expect((await get(target)).status, target).toBe(400);
    }
  });

  it('a request line Node cannot parse gets 400 with the security headers, and the server keeps serving', async () => {
    for (const raw of [
      'GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      'NOT HTTP AT ALL\r\n\r\n',
      'GET / HTTP/1.1\r\nBad Header\r\n\r\n',
    ]) {
      const response = await sendRaw(server.port, raw);
      expect(response?.status, JSON.stringify(raw)).toBe(400);
      expect(securityHeaderProblems(response!.headers)).toEqual([]);
    }
    const huge = await sendRaw(server.port, requestFor(`/${'a'.repeat(20_000)}`));
    expect(huge?.status).toBe(431);
    await expectStillServing();
  });
});

describe('nothing outside the site folder is served', () => {
  const escapes = [
    '/..%2fdist-old/notes.txt', // the sibling whose name starts with the root's
    '/..%2Fdist-old/notes.txt',
    '/../dist-old/notes.txt',
    '/%2e%2e/dist-old/notes.txt',
    '/%2e%2e%2fsecret.txt',
    '/en/../../secret.txt',
    '/en/%2e%2e/%2e%2e/secret.txt',
    '/..%252fdist-old/notes.txt', // double-encoded: stays the text "%2f", a file that does not exist
    '/%252e%252e/secret.txt',
    '/..%5cdist-old%5cnotes.txt', // backslashes, encoded and raw
    '/..\\dist-old\\notes.txt',
    '/.%5c..%5csecret.txt',
    'http://127.0.0.1/..%2fdist-old/notes.txt',
  ];
  for (const target of escapes) {
    it(`${target} is refused or not found, never the file`, async () => {
      const response = await get(target);
      expect([400, 404]).toContain(response.status);
      expect(response.body).not.toContain(secretMarker);
    });
  }

  it('a symlink inside the site that points out of it is not followed; one that stays inside is', async (context) => {
    if (!site.symlinks) context.skip();
    for (const target of ['/link-out.txt', '/link-out-dir/notes.txt', '/link-out-dir/', '/link-out-dir']) {
      const response = await get(target);
      expect(response.status, target).toBe(404);
      expect(response.body).not.toContain(secretMarker);
    }
    expect((await get('/link-in.txt')).body).toBe(insideMarker);
  });

  it("/_headers, the host's own settings, is not served", async () => {
    for (const target of ['/_headers', '/%5fheaders', '//_headers', '/_headers/']) {
      const response = await get(target);
      expect(response.status, target).toBe(404);
      expect(response.body).not.toContain('Content-Security-Policy');
    }
  });
});

describe('redirects stay on this site', () => {
  it('"/.//evil.example/..%2fen" goes to /en/, not to //evil.example/', async () => {
    const response = await get('/.//evil.example/..%2fen');
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe('/en/');
  });

  it('no redirect Location is protocol-relative or absolute, whatever the request', async () => {
    for (const target of [
      '//evil.example/%2e%2e/en',
      '///evil.example/../en',
      '/%2fevil.example/..%2fen',
      '//en',
      'http://evil.example/en',
      '/en?next=//evil.example',
    ]) {
      const response = await get(target);
      expect(response.status, target).toBe(301);
      expect(response.headers['location'], target).toMatch(/^\/(?![/\\])/);
    }
  });

  it('a folder without its slash is redirected to it, query kept, with the security headers', async () => {
    const response = await get('/en/articles/sms?q=code');
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe('/en/articles/sms/?q=code');
    expect(securityHeaderProblems(response.headers)).toEqual([]);
  });
});

describe('methods', () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND']) {
    it(`${method} gets 405 with Allow: GET, HEAD and the security headers`, async () => {
      const response = await get('/en/', { method, headers: ['Host: 127.0.0.1', 'Content-Length: 0'] });
      expect(response.status).toBe(405);
      expect(response.headers['allow']).toBe('GET, HEAD');
      expect(securityHeaderProblems(response.headers)).toEqual([]);
    });
  }

  it('CONNECT, which Node hands past the request handler, gets 405 too', async () => {
    const response = await sendRaw(server.port, 'CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n');
    expect(response?.status).toBe(405);
    expect(response?.headers['allow']).toBe('GET, HEAD');
    await expectStillServing();
  });

  it('HEAD answers like GET, without a body', async () => {
    const head = await get('/en/', { method: 'HEAD' });
    const full = await get('/en/');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
  });
});

describe('serving the site as a static host does', () => {
  it('answers a folder with its index.html and the security headers', async () => {
    const response = await get('/en/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('english home');
    expect(securityHeaderProblems(response.headers)).toEqual([]);
  });

  it("answers an unknown address with its locale's 404 page, else the top-level one", async () => {
    const italian = await get('/it/articoli/non-esiste/');
    expect(italian.status).toBe(404);
    expect(italian.body).toContain('italian not found');
    expect(securityHeaderProblems(italian.headers)).toEqual([]);
    const outside = await get('/no/such/page');
    expect(outside.status).toBe(404);
    expect(outside.body).toContain('top-level not found');
  });

  it('gzips text when asked, and says so', async () => {
    const response = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const req = request(
        { port: server.port, host: '127.0.0.1', path: '/en/articles/sms/', headers: { 'Accept-Encoding': 'gzip, br' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(response.body).toString()).toContain('an article about sms codes');
  });

  it('lets /_astro/ files be cached for good, but not a 404 there', async () => {
    const asset = await get('/_astro/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await get('/_astro/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');
  });

  it("serves Pagefind's own files as they are", async () => {
    const response = await get('/pagefind/wasm.en.pagefind', { headers: ['Host: 127.0.0.1', 'Accept-Encoding: gzip'] });
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it('does not answer a file asked for as a folder', async () => {
    expect((await get('/notes.txt')).status).toBe(200);
    expect((await get('/notes.txt/')).status).toBe(404);
  });
});
