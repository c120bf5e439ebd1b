// Copies of the English a translation was made from, stored when it is marked, so the report can show
// what changed in English on a clone with no history (a shallow CI clone, a downloaded zip). They are
// named by the fingerprint the translation records (its sourceHash, or a string's mark), so locales
// marked against the same English share one copy, and a copy whose text no longer matches its name is ignored.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { sourceHash, stringHash, type SourceText } from '../content/source-hash.ts';

/** content/source-snapshots/ of a content folder. */
export function snapshotsDir(root: string): string {
  return join(root, 'source-snapshots');
}

/** One file for every string: { fingerprint: English text }. */
export function stringSnapshotsFile(root: string): string {
  return join(snapshotsDir(root), 'strings.json');
}

/** One file per article version: articles/<slug>/<sourceHash>.mdx. */
export function articleSnapshotFile(root: string, slug: string, hash: string): string {
  return join(snapshotsDir(root), 'articles', slug, `${hash}.mdx`);
}

/** The string snapshots in a file's text, keeping only those whose text matches their fingerprint. */
export function parseStringSnapshots(text: string | undefined): Map<string, string> {
  if (text === undefined) return new Map();
  const data = JSON.parse(text) as Record<string, unknown>;
  return new Map(
    Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string' && stringHash(e[1]) === e[0]),
  );
}

export function loadStringSnapshots(root: string): Map<string, string> {
  const file = stringSnapshotsFile(root);
  return parseStringSnapshots(existsSync(file) ? readFileSync(file, 'utf8') : undefined);
}

/** The file text: sorted by fingerprint, so two marks of the same strings write the same bytes. */
export function serialiseStringSnapshots(snapshots: ReadonlyMap<string, string>): string {
  const sorted = [...snapshots].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}

/** An article version as a small MDX file: title and summary in the frontmatter, then the body as it was. */
export function serialiseArticleSnapshot(text: SourceText): string {
  return `---\ntitle: ${JSON.stringify(text.title)}\nsummary: ${JSON.stringify(text.summary)}\n---\n${text.body}`;
}

/** The English text stored for an article's sourceHash, or undefined when there is none (or it does not match). */
export function readArticleSnapshot(root: string, slug: string, hash: string): SourceText | undefined {
  const file = articleSnapshotFile(root, slug, hash);
  if (!existsSync(file)) return undefined;
  const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
  const fields = (data ?? {}) as Record<string, unknown>;
  const text = { title: String(fields['title'] ?? ''), summary: String(fields['summary'] ?? ''), body };
  return sourceHash(text) === hash ? text : undefined;
}
