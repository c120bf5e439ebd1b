// The service worker, published as /sw.js by scripts/offline-manifest.ts with its build's manifest in front of it.
// It keeps one cache per build: the shared assets on install, a language's pages and search index when a page
// asks, each file checked against the manifest's hash, so a cache never holds files of two builds. It answers
// only same-origin GET requests for files the manifest lists, from its own build's cache, and never stores what it
// answers: the network's answers pass through untouched.
//
// It is transpiled on its own (types stripped, no bundling), so it may import types only.
import type { FileHashes, OfflineManifest } from './offline-manifest.ts';

/** The parts of ServiceWorkerGlobalScope used here (the DOM library the rest of src/ uses does not have them). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface ServiceWorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
declare const self: ServiceWorkerScope;
/** Written in front of this file's code by scripts/offline-manifest.ts. */
declare const OFFLINE_MANIFEST: OfflineManifest;

const manifest = OFFLINE_MANIFEST;
/** Every file the worker answers for, with its expected hash. */
const known: FileHashes = Object.assign({}, manifest.shared, ...Object.values(manifest.locales));

/** A cache entry that records "this language is complete in this cache"; no page has this address. */
const savedMarker = (locale: string) => `/__slh-offline__/saved/${locale}`;

async function sha256Prefix(body: ArrayBuffer, length: number): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, length);
}

/** The file from the network, refused unless it is a plain 200 from this site with exactly this build's bytes. */
async function fetchChecked(path: string, hash: string): Promise<Response> {
  // Content-hashed assets may come from the HTTP cache; everything else is revalidated with the server.
  const response = await fetch(path, {
    cache: path.startsWith('/_astro/') ? 'default' : 'no-cache',
    redirect: 'error',
  });
  if (response.status !== 200 || response.type !== 'basic') throw new Error(`${path}: HTTP ${response.status}`);
  const actual = await sha256Prefix(await response.clone().arrayBuffer(), hash.length);
  if (actual !== hash) throw new Error(`${path} is not the file of build ${manifest.version}`);
  return response;
}

/** Fetches and checks every file first, then stores them all: a failure stores nothing. */
async function store(files: FileHashes): Promise<void> {
  const responses = await Promise.all(
    Object.entries(files).map(async ([path, hash]) => [path, await fetchChecked(path, hash)] as const),
  );
  const cache = await caches.open(manifest.cache);
  await Promise.all(responses.map(([path, response]) => cache.put(path, response)));
}

/** Locales some cache of this site (this build's or an older one) has saved completely. */
async function savedLocales(): Promise<string[]> {
  const ours = (await caches.keys()).filter((name) => name.startsWith(manifest.prefix));
  const saved: string[] = [];
  for (const locale of Object.keys(manifest.locales)) {
    for (const name of ours) {
      if (await (await caches.open(name)).match(savedMarker(locale))) {
        saved.push(locale);
        break;
      }
    }
  }
  return saved;
}

async function markSaved(locales: readonly string[]): Promise<void> {
  const cache = await caches.open(manifest.cache);
  await Promise.all(locales.map((locale) => cache.put(savedMarker(locale), new Response(''))));
}

/** Saves one locale into this build's cache; true when it was saved now, false when it already was. */
const saving = new Map<string, Promise<boolean>>();
function saveLocale(locale: string): Promise<boolean> {
  let job = saving.get(locale);
  if (!job) {
    job = (async () => {
      if (await (await caches.open(manifest.cache)).match(savedMarker(locale))) return false;
      await store(manifest.locales[locale]!);
      await markSaved([locale]);
      return true;
    })();
    saving.set(locale, job);
    void job.catch(() => undefined).finally(() => saving.delete(locale));
  }
  return job;
}

self.addEventListener('install', (event) => {
  // A new build saves the shared files and every language an older build had saved, before it may take over.
  event.waitUntil(
    (async () => {
      const locales = await savedLocales();
      await store(Object.assign({}, manifest.shared, ...locales.map((locale) => manifest.locales[locale])));
      await markSaved(locales);
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(manifest.prefix) && n !== manifest.cache).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; locale?: unknown } | null;
  const port = event.ports[0];
  if (
    data?.type === 'save' &&
    typeof data.locale === 'string' &&
    Object.hasOwn(manifest.locales, data.locale) &&
    port
  ) {
    const locale = data.locale;
    event.waitUntil(
      saveLocale(locale).then(
        (now) => port.postMessage({ type: now ? 'saved' : 'already-saved', locale }),
        () => port.postMessage({ type: 'failed', locale }),
      ),
    );
  } else if (data?.type === 'skip-waiting') {
    event.waitUntil(self.skipWaiting());
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Another origin, or a file this build does not list: the browser fetches it as if there were no worker.
  if (url.origin !== self.location.origin || !Object.hasOwn(known, url.pathname)) return;
  event.respondWith(
    (async () => {
      const cached = await (await caches.open(manifest.cache)).match(url.pathname, { ignoreVary: true });
      return cached ?? fetch(request);
    })(),
  );
});
