// Which version of the English article a translation was made from: a hash of the source body,
// recorded in the translation's frontmatter (`sourceHash`) by `npm run l10n -- --mark`. It works on
// a fresh clone and in CI, where file dates say nothing.
import { createHash } from 'node:crypto';

/** The body with differences that do not change the text removed: line endings, trailing spaces, extra blank lines. */
export function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** 16 hex digits of the SHA-256 of the normalised body: short enough to read, long enough never to collide here. */
export function sourceHash(body: string): string {
  return createHash('sha256').update(normaliseBody(body), 'utf8').digest('hex').slice(0, 16);
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
