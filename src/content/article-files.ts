// Reads an articles folder from disk for the tools that run outside Astro (`npm run l10n`, the benchmark,
// tests). The build reads the same files through the content collection instead (articles-loader.ts);
// both hand them to checkArticleFiles, so every tool applies the same rules.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkArticleFiles, type ArticleCheckResult, type ArticleFile, type ArticleProblem } from './article-check.ts';
import { FrontmatterError, splitFrontmatter } from './frontmatter.ts';

/** Every content/articles/<locale>/*.mdx of the given locales, plus the problems that stop a file being read at all. */
function readArticleFiles(articlesDir: string, localeCodes: readonly string[]): { files: ArticleFile[]; problems: ArticleProblem[] } {
  const files: ArticleFile[] = [];
  const problems: ArticleProblem[] = [];
  const rel = (p: string) => relative(process.cwd(), p) || p;
  for (const locale of localeCodes) {
    const dir = join(articlesDir, locale);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = rel(join(dir, name));
      if (!name.endsWith('.mdx')) {
        problems.push({ file, field: 'file', message: 'only .mdx files belong in an articles folder' });
        continue;
      }
      try {
        const { data, body } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
        files.push({ file, locale, slug: name.slice(0, -'.mdx'.length), frontmatter: data, body });
      } catch (error) {
        if (!(error instanceof FrontmatterError)) throw error;
        problems.push({ file, field: 'frontmatter', message: error.message });
      }
    }
  }
  return { files, problems };
}

/** Reads and checks an articles folder: the valid articles and every problem, unreadable files first. */
export function checkArticles(articlesDir: string, localeCodes: readonly string[], sourceLocale: string): ArticleCheckResult {
  const read = readArticleFiles(articlesDir, localeCodes);
  const checked = checkArticleFiles(read.files, localeCodes, sourceLocale);
  return { articles: checked.articles, problems: [...read.problems, ...checked.problems] };
}
