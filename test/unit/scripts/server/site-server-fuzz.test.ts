// Fuzzing the local server: a few thousand generated request lines and headers, hostile and ordinary,
// sent byte for byte over loopback sockets. The seed is fixed, so a failure replays exactly; the failing
// request is named in the assertion. Whatever arrives, the server stays up, never answers 5xx, never
// redirects off the site and never serves a byte of the files planted beside its folder. (With the
// server's ".." and symlink checks switched off, this run finds the planted files: it can fail.)
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { startSiteServer, type RunningSite } from '../../../../scripts/server/site-server.ts';
import { sendRaw, type RawResponse } from '../../../support/raw-http.ts';
import { insideMarker, makeTempSite, secretMarker, type TempSite } from '../../../support/temp-site.ts';

const seed = 0x5eed_15;
const requests = 3_000;
const parallel = 16;
/** The whole run must finish within this, on a busy 2-core machine too. */
const budgetMs = 45_000;

/** mulberry32: a tiny seeded generator, so the same seed gives the same requests everywhere. */
function generator(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = generator(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number): boolean => random() < p;
const repeat = (min: number, max: number, make: () => string): string[] =>
  Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, make);

// Pieces an attacker would put in a path: climbing, encodings of it, the planted files, and names of other origins.
const pieces = [
  '',
  '.',
  '..',
  '...',
  '%2e',
  '%2E%2e',
  '%2e%2e',
  '..%2f',
  '..%2F',
  '%2f',
  '%252f',
  '%252e%252e',
  '%5c',
  '..%5c',
  '\\',
  '..\\',
  '%00',
  '%',
  '%z',
  '%zz',
  '%c0%ae',
  '%c0%af',
  '%e0%80%ae',
  '%ed%a0%80',
  '%ff',
  'dist-old',
  'dist',
  'notes.txt',
  'secret.txt',
  'link-out.txt',
  'link-out-dir',
  'link-in.txt',
  '_headers',
  '%5fheaders',
  'en',
  'it',
  '404',
  'index.html',
  'articles',
  'sms',
  '_astro',
  'app.js',
  'pagefind',
  '[',
  ']',
  '[::1]',
  '@',
  ':',
  'evil.example',
  'evil.example:80',
  '//',
  ';',
  '~',
  '*',
  '%20',
  ' ',
  '\t',
  'é',
  '%e9',
  '%C3%A9',
  '%0d%0a',
  '%0aLocation:%20//evil',
  'x'.repeat(300),
  '%2e%2e%2f'.repeat(8),
];
const prefixes = [
  '/',
  '/',
  '/',
  '//',
  '///',
  '/./',
  '/.//',
  'http://127.0.0.1/',
  'http://evil.example/',
  'https://evil.example',
  '*',
  '',
  'x',
  '\\',
  '/\\',
];
const methods = [
  'GET',
  'GET',
  'GET',
  'GET',
  'HEAD',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'CONNECT',
  'PATCH',
  'get',
  'G ET',
  'GET\0',
  'BREW',
  '',
];
const versions = [
  'HTTP/1.1',
  'HTTP/1.1',
  'HTTP/1.1',
  'HTTP/1.0',
  'HTTP/2.0',
  'HTTP/1.1 extra',
  'HTTP/1',
  'http/1.1',
  '',
];
const hosts = [
  'Host: 127.0.0.1',
  'Host: localhost:4321',
  'Host: evil.example',
  'Host: a b',
  'Host:',
  'Host: [',
  'Host: [::1]:1',
  'Host: x/y',
  'Host: user@evil',
  'Host: 127.0.0.1:99999',
];
const ordinaryHeaders = [
  'Accept-Encoding: gzip',
  'Accept-Encoding: gzip, deflate, br',
  'Accept-Encoding: identity',
  'Accept-Encoding: gzip;q=0',
  'Range: bytes=0-1',
  'Range: bytes=-1',
  'If-None-Match: *',
  'Content-Length: 0',
  'Cookie: a=b',
  'X-Forwarded-Host: evil.example',
  'Referer: //evil.example/',
];
const hostileHeaders = [
  ...ordinaryHeaders,
  'Content-Length: abc',
  'Content-Length: -1',
  'Transfer-Encoding: chunked',
  'Transfer-Encoding: gzip, chunked',
  'Upgrade: websocket',
  'Bad Header: x',
  'NoColon',
  ': empty-name',
  `X-Long: ${'a'.repeat(5000)}`,
  'X-Nul: a\0b',
  'X-CR: a\rb',
  'X-Latin: caf\xe9',
  'X-Folded: a\r\n b',
];

// Real addresses of the temporary site, some without their folder's slash, for the requests that are mutations of ordinary ones.
const realPaths = [
  '/',
  '/en',
  '/en/',
  '/it',
  '/it/',
  '/en/articles/sms',
  '/en/articles/sms/',
  '/_astro/app.js',
  '/notes.txt',
  '/en/404/',
  '/404.html',
];

/** A real address with a few changes an attacker would try: a piece inserted, slashes doubled, a character encoded. */
function mutatedPath(): string {
  let path = pick(realPaths);
  for (const _ of repeat(0, 2, () => '')) {
    const at = Math.floor(random() * (path.length + 1));
    const change = pick(['piece', 'slash', 'encode', 'dots']);
    if (change === 'piece') path = `${path.slice(0, at)}${pick(pieces)}/${path.slice(at)}`;
    else if (change === 'slash') path = path.replace(/\//, pick(['//', '/./', '/.//', '\\', '/%2f']));
    else if (change === 'dots') path = `${path.slice(0, at)}/../${path.slice(at)}`;
    else path = path.replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`);
  }
  return path;
}

// Ways to climb out of the folder, and what lies outside it.
const climbs = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%c0%ae%c0%ae', '..%00', '...', '..;'];
const separators = ['/', '/', '%2f', '%2F', '%252f', '%5c', '\\', '//', '/./', '%2f%2f'];
const outside = [
  'dist-old/notes.txt',
  'dist-old%2fnotes.txt',
  'dist-old/',
  'dist-old',
  'secret.txt',
  'link-out.txt',
  'link-out-dir/notes.txt',
  'link-out-dir/',
];

/** A path that tries to reach a planted file: a start inside the site, some climbs, a target outside. */
function escapePath(): string {
  const start = pick(['/', '/', '//', '/en/', '/en/articles/', '/_astro/', 'http://127.0.0.1/', '/./']);
  return start + repeat(1, 4, () => pick(climbs) + pick(separators)).join('') + pick(outside);
}

/** Random printable-or-not bytes, for the requests that are not HTTP at all. */
const noise = (): string => repeat(1, 40, () => String.fromCharCode(Math.floor(random() * 256))).join('');

/** One request: a third ordinary with a mutated path, a third well-formed escape attempts, a third hostile in every part. */
function generatedRequest(): string {
  if (chance(0.03)) return `${noise()}\r\n\r\n`;
  const kind = pick(['ordinary', 'escape', 'hostile'] as const);
  const ordinary = kind !== 'hostile';
  const path =
    kind === 'ordinary'
      ? mutatedPath()
      : kind === 'escape'
        ? escapePath()
        : pick(prefixes) + repeat(0, 8, () => pick(pieces)).join(chance(0.8) ? '/' : '') + (chance(0.3) ? '/' : '');
  const query = chance(0.2)
    ? `?${repeat(1, 3, () => pick([...pieces, 'q=sms', 'next=//evil.example', 'a=1&b=2'])).join('&')}`
    : '';
  const line = ordinary
    ? `${pick(['GET', 'GET', 'GET', 'HEAD', 'POST'])} ${path}${query} HTTP/1.1`
    : [pick(methods), path + query, pick(versions)].filter((part) => part !== '').join(' ');
  const headers = ordinary
    ? [hosts[0]!, ...repeat(0, 2, () => pick(ordinaryHeaders))]
    : [
        ...(chance(0.9) ? [pick(hosts)] : []),
        ...(chance(0.05) ? [pick(hosts)] : []),
        ...repeat(0, 3, () => pick(hostileHeaders)),
      ];
  // Always last, so every well-formed request ends its connection and the reader knows the answer is complete.
  return `${line}\r\n${[...headers, 'Connection: close'].join('\r\n')}\r\n\r\n`;
}

/** The body as the reader would see it, unzipped when the server gzipped it (the planted files are text, so gzip applies). */
function textOf(response: RawResponse): string {
  if (response.headers['content-encoding'] !== 'gzip' || response.bytes.length === 0) return response.body;
  return gunzipSync(response.bytes).toString('utf8');
}

let site: TempSite;
let server: RunningSite;

beforeAll(async () => {
  site = makeTempSite();
  server = await startSiteServer(site.root);
});
afterAll(async () => {
  await server?.close();
  site?.remove();
});

describe('fuzzing the local server', () => {
  it(
    `${requests} generated requests (seed ${seed}): never a 5xx, never a file from outside, still serving`,
    { timeout: budgetMs + 15_000 },
    async () => {
      const all = Array.from({ length: requests }, generatedRequest);
      const statuses = new Map<number, number>();
      const problems: string[] = [];
      let insideFileSeen = 0; // the control: a file inside the site is recognised, gzipped or not
      const started = Date.now();
      let next = 0;

      const check = (request: string, response: RawResponse | undefined): void => {
        const shown = JSON.stringify(request.slice(0, 300));
        if (!response) return void problems.push(`no answer to ${shown}`);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (!(response.status >= 100 && response.status < 500)) problems.push(`${response.status} for ${shown}`);
        const text = textOf(response);
        if (text.includes(secretMarker)) problems.push(`a file from outside the site for ${shown}`);
        if (text.includes(insideMarker) && response.headers['content-encoding'] === 'gzip') insideFileSeen++;
        const location = response.headers['location'];
        if (location !== undefined && !/^\/(?![/\\])/.test(location))
          problems.push(`Location ${location} for ${shown}`);
      };
      const worker = async (): Promise<void> => {
        while (next < all.length && Date.now() - started < budgetMs) {
          const request = all[next++]!;
          check(request, await sendRaw(server.port, Buffer.from(request, 'latin1')));
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
      const elapsed = Date.now() - started;

      expect(problems.slice(0, 20)).toEqual([]);
      expect(next, `only ${next} of ${requests} requests were sent within ${budgetMs} ms`).toBe(requests);
      expect(elapsed).toBeLessThan(budgetMs);
      // The run means something only if it reached every kind of answer, not just the parser's 400s.
      expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([200, 301, 400, 404, 405]));
      expect(insideFileSeen, 'the check would see a planted file in a gzipped answer').toBeGreaterThan(0);
      expect(
        (await sendRaw(server.port, 'GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'))?.status,
      ).toBe(200);
      expect(server.server.listening).toBe(true);
    },
  );
});
