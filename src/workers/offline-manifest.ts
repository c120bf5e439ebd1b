// What one build publishes for offline use, as scripts/offline-manifest.ts writes it into dist/sw.js: the files
// every language needs, each language's own files, and a content hash of every one of them.

/** Site paths (as a browser asks for them: /en/, /_astro/x.js) mapped to the first 16 hex digits of their SHA-256. */
export type FileHashes = Record<string, string>;

export interface OfflineManifest {
  /** The build id: a hash of every file of the build and of the worker's own code. */
  version: string;
  /** Every cache this site's worker creates starts with this, so old builds' caches can be found and deleted. */
  prefix: string;
  /** The cache of this build: prefix + version. */
  cache: string;
  /** Assets, the language picker and Pagefind's runtime: saved on install, whatever the language. */
  shared: FileHashes;
  /** Per locale code: its pages and its Pagefind index, WebAssembly, filters and fragments. */
  locales: Record<string, FileHashes>;
}
