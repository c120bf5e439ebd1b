// The content files translators work on (articles, string files, the glossary), published as plain
// text next to the translation status page so its links open the file itself on any build, with or
// without a repository to link to.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { contentRoot } from '../lib/content-root.ts';

const folder = '/translation-status/files/';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Paths relative to the content folder, with / separators: articles/it/voice-callback.mdx. */
export function contentFiles(): string[] {
  return [...walk(join(contentRoot, 'articles')), ...walk(join(contentRoot, 'locales')), join(contentRoot, 'glossary.json')]
    .filter((file) => /\.(mdx|json)$/.test(file) && existsSync(file))
    .map((file) => relative(contentRoot, file).split(sep).join('/'))
    .sort();
}

/** Where the published copy of a file is, given the path the translation report names it by; undefined outside the content folder. */
export function contentFileUrl(reportPath: string): string | undefined {
  const inside = relative(contentRoot, resolve(reportPath)).split(sep).join('/');
  if (inside.startsWith('../') || inside === '..' || inside === '') return undefined;
  // .txt, so every static host serves it as text the browser shows rather than a download.
  return `${folder}${inside}.txt`;
}
