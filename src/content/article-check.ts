// Checks every article file before the site is built, so a typo in frontmatter stops the build
// with the file and field named instead of producing a broken or missing page.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { articleSchema, type ArticleData } from './article-schema.ts';
import { splitFrontmatter, FrontmatterError } from './frontmatter.ts';

export interface ArticleProblem {
  /** Path relative to the working directory, e.g. content/articles/it/voice-callback.mdx */
  file: string;
  /** Frontmatter field (dotted path), or "frontmatter" / "file" for problems not tied to one field. */
  field: string;
  message: string;
}

export interface CheckedArticle {
  file: string;
  locale: string;
  slug: string;
  data: ArticleData;
  body: string;
}

export interface ArticleCheckResult {
  articles: CheckedArticle[];
  problems: ArticleProblem[];
}

/** Reads content/articles/<locale>/*.mdx for the given locales and returns the valid articles and every problem found. */
export function checkArticles(articlesDir: string, localeCodes: readonly string[], sourceLocale: string): ArticleCheckResult {
  const articles: CheckedArticle[] = [];
  const problems: ArticleProblem[] = [];
  const rel = (p: string) => relative(process.cwd(), p) || p;
  // Ids are compared even when other fields are invalid, so one run reports every problem.
  const idOwners = new Map<string, string>();

  for (const locale of localeCodes) {
    const dir = join(articlesDir, locale);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = rel(join(dir, name));
      if (!name.endsWith('.mdx')) {
        problems.push({ file, field: 'file', message: 'only .mdx files belong in an articles folder' });
        continue;
      }
      const slug = name.slice(0, -'.mdx'.length);
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
        problems.push({ file, field: 'file', message: 'the file name must be a lowercase slug such as voice-callback.mdx' });
      }
      let split;
      try {
        split = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      } catch (error) {
        if (!(error instanceof FrontmatterError)) throw error;
        problems.push({ file, field: 'frontmatter', message: error.message });
        continue;
      }
      const rawId = (split.data as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string') {
        const key = `${locale}:${rawId}`;
        const first = idOwners.get(key);
        if (first) problems.push({ file, field: 'id', message: `id "${rawId}" is already used by ${first}` });
        else idOwners.set(key, file);
      }
      const parsed = articleSchema.safeParse(split.data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
          const field = [...issue.path.map(String), ...keys].join('.') || 'frontmatter';
          problems.push({ file, field, message: issue.message });
        }
        continue;
      }
      articles.push({ file, locale, slug, data: parsed.data, body: split.body });
    }
  }

  problems.push(...crossCheck(articles, sourceLocale));
  return { articles, problems };
}

/** Rules that span files: the same id for the same slug in every locale, known references. */
function crossCheck(articles: CheckedArticle[], sourceLocale: string): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  const source = new Map(articles.filter((a) => a.locale === sourceLocale).map((a) => [a.slug, a]));
  const knownIds = new Set([...source.values()].map((a) => a.data.id));

  for (const article of articles) {
    if (article.locale === sourceLocale) continue;
    const original = source.get(article.slug);
    if (!original) {
      problems.push({ file: article.file, field: 'file', message: `there is no source article ${sourceLocale}/${article.slug}.mdx to translate from` });
    } else if (original.data.id !== article.data.id) {
      problems.push({ file: article.file, field: 'id', message: `id "${article.data.id}" differs from the source article's id "${original.data.id}"` });
    }
  }
  for (const article of articles) {
    for (const [index, id] of (article.data.related ?? []).entries()) {
      if (!knownIds.has(id)) problems.push({ file: article.file, field: `related.${index}`, message: `no article has id "${id}"` });
    }
  }
  return problems;
}

/** One line per problem, the form the build prints. */
export function formatProblems(problems: readonly ArticleProblem[]): string {
  return problems.map((p) => `${p.file}: field "${p.field}": ${p.message}`).join('\n');
}
