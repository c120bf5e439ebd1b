// The scale run: a synthetic knowledge base in a temporary folder (never in the repository), built
// like the real site, measured, then deleted. Astro's content cache is put back afterwards, so the
// next real build starts from where it was.
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceLocale } from '../../src/i18n/locales.ts';
import { syntheticKnowledgeBase, type ArticleFile } from './synthetic-kb.ts';
import { buildSite, type BuildResult } from './site-build.ts';

export interface ScaleWorkspace {
  root: string;
  contentDir: string;
  outDir: string;
  articlesPerLocale: Record<string, number>;
  /** Deletes the folder and restores Astro's caches. Safe to call twice. */
  dispose: () => void;
}

/** Astro keeps its content store and generated types here; a build of other content overwrites them. */
const caches = ['node_modules/.astro', '.astro'];

/** Copies content/ to a temporary folder and tops it up to `perLocale` articles per locale. */
export function prepareScaleWorkspace(perLocale: number, contentRoot = 'content'): ScaleWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'slh-bench-'));
  const contentDir = join(root, 'content');
  const outDir = join(root, 'dist');
  const saved = join(root, 'saved-caches');
  caches.forEach((dir, i) => existsSync(dir) && cpSync(dir, join(saved, String(i)), { recursive: true }));
  cpSync(contentRoot, contentDir, { recursive: true });

  const articlesDir = join(contentDir, 'articles');
  const real: ArticleFile[] = readdirSync(articlesDir).flatMap((locale) =>
    readdirSync(join(articlesDir, locale))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({
        locale,
        slug: f.slice(0, -'.mdx'.length),
        text: readFileSync(join(articlesDir, locale, f), 'utf8'),
      })),
  );
  for (const article of syntheticKnowledgeBase(real, { perLocale, sourceLocale })) {
    mkdirSync(join(articlesDir, article.locale), { recursive: true });
    writeFileSync(join(articlesDir, article.locale, `${article.slug}.mdx`), article.text);
  }
  const articlesPerLocale = Object.fromEntries(
    readdirSync(articlesDir).map((l) => [l, readdirSync(join(articlesDir, l)).length]),
  );

  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    caches.forEach((dir, i) => {
      const copy = join(saved, String(i));
      if (!existsSync(copy)) return;
      rmSync(dir, { recursive: true, force: true });
      cpSync(copy, dir, { recursive: true });
    });
    rmSync(root, { recursive: true, force: true });
  };
  return { root, contentDir, outDir, articlesPerLocale, dispose };
}

/**
 * Edits one synthetic English article the way a writer would (a sentence added to its body) and returns its path in
 * the workspace, for the second build: what Astro's caches save when one article of many changes.
 */
export function editOneArticle(workspace: ScaleWorkspace): string {
  const dir = join(workspace.contentDir, 'articles', sourceLocale);
  const name = readdirSync(dir)
    .filter((f) => /-v\d+\.mdx$/.test(f))
    .sort()[0];
  if (!name) throw new Error(`No synthetic article in ${dir} to edit`);
  const file = join(dir, name);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nOne more sentence, added for the second build.\n`);
  return join('articles', sourceLocale, name);
}

/** Builds the workspace's synthetic site. */
export function buildScaleSite(
  workspace: ScaleWorkspace,
  timeoutMs: number,
  onLine?: (line: string) => void,
): Promise<BuildResult> {
  return buildSite({
    outDir: workspace.outDir,
    contentDir: workspace.contentDir,
    timeoutMs,
    ...(onLine ? { onLine } : {}),
  });
}
