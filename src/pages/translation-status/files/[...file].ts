// Plain-text copies of the content files, linked from the translation status page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../../../lib/content-root.ts';
import { contentFiles } from '../../../content/content-files.ts';

export const getStaticPaths = (() =>
  contentFiles().map((file) => ({ params: { file: `${file}.txt` }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(readFileSync(join(contentRoot, props.file), 'utf8'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
