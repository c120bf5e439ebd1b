// Which version of the English article a translation was made from: a hash of the source's text
// (title, summary and body: everything a translator translates), recorded in the translation's frontmatter (`sourceHash`) by `npm run l10n -- --mark`. It works on
// a fresh clone and in CI, where file dates say nothing.
import { createHash } from 'node:crypto';
import { splitFrontmatter } from './frontmatter.ts';

/** The parts of an article a translation renders in its own words. */
export interface SourceText {
  title: string;
  summary: string;
  body: string;
}

/** The body with differences that do not change the text removed: line endings, trailing spaces, extra blank lines. */
export function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * 16 hex digits of the SHA-256 of the title, summary and normalised body: short enough to read, long
 * enough never to collide here. A new English title or summary outdates a translation like a new body.
 */
export function sourceHash({ title, summary, body }: SourceText): string {
  const text = [title.trim(), summary.trim(), normaliseBody(body)].join('\n\n');
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/**
 * The fingerprint of one English UI string, exactly as written (16 hex digits of its SHA-256): what
 * `npm run l10n -- --mark` records for each translated key, the way sourceHash does for an article.
 */
export function stringHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** The parts of an article file a translation renders: title, summary and body. */
export function sourceTextOfFile(fileText: string): SourceText {
  const { data, body } = splitFrontmatter(fileText);
  const field = (name: string) => {
    const value = (data as Record<string, unknown> | null)?.[name];
    return typeof value === 'string' ? value : '';
  };
  return { title: field('title'), summary: field('summary'), body };
}

/** sourceHash() of an article file as it is on disk. */
export function sourceHashOfFile(fileText: string): string {
  return sourceHash(sourceTextOfFile(fileText));
}

/**
 * The file text with `sourceHash: <hash>` set in its frontmatter: an existing line is replaced,
 * otherwise the line is added at the end of the block. Everything else stays byte for byte.
 */
export function withSourceHash(fileText: string, hash: string): string {
  const block = /^(---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/.exec(fileText);
  if (!block) throw new Error('the file does not start with a --- frontmatter block');
  const [whole, open = '', yaml = '', close = ''] = block;
  const eol = open.endsWith('\r\n') ? '\r\n' : '\n';
  const line = `sourceHash: "${hash}"`;
  const updated = /^sourceHash:.*$/m.test(yaml) ? yaml.replace(/^sourceHash:.*$/m, line) : `${yaml}${eol}${line}`;
  return open + updated + close + fileText.slice(whole.length);
}
