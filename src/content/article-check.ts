// The rules every set of article files must meet before a page is built from it: per file (the file name, the
// frontmatter schema) and across files (one id per article, the same id in every locale, known references).
// The content collection's loader and `npm run l10n` both run these rules, on the files each of them read once.
import { articleSchema, isIbkrArticleNumber, type ArticleData } from './article-schema.ts';

export interface ArticleProblem {
  /** Path relative to the working directory, e.g. content/articles/it/voice-callback.mdx */
  file: string;
  /** Frontmatter field (dotted path), or "frontmatter" / "file" for problems not tied to one field. */
  field: string;
  message: string;
}

/** An article file as read, before its frontmatter is checked. */
export interface ArticleFile {
  file: string;
  /** The locale folder it is in. */
  locale: string;
  slug: string;
  /** The frontmatter as YAML gave it. */
  frontmatter: unknown;
  body: string;
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

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks read article files; returns the valid articles and every problem found, in file order. */
export function checkArticleFiles(files: readonly ArticleFile[], localeCodes: readonly string[], sourceLocale: string): ArticleCheckResult {
  const articles: CheckedArticle[] = [];
  const problems: ArticleProblem[] = [];
  // Ids are compared even when other fields are invalid, so one run reports every problem.
  const idOwners = new Map<string, string>();

  for (const { file, locale, slug, frontmatter, body } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    if (!localeCodes.includes(locale)) {
      problems.push({ file, field: 'file', message: `"${locale}" is not a site locale (known: ${localeCodes.join(', ')})` });
      continue;
    }
    if (!slugPattern.test(slug)) {
      problems.push({ file, field: 'file', message: 'the file name must be a lowercase slug such as voice-callback.mdx' });
    }
    const rawId = (frontmatter as { id?: unknown } | null)?.id;
    if (typeof rawId === 'string') {
      const key = `${locale}:${rawId}`;
      const first = idOwners.get(key);
      if (first) problems.push({ file, field: 'id', message: `id "${rawId}" is already used by ${first}` });
      else idOwners.set(key, file);
    }
    const parsed = articleSchema.safeParse(frontmatter);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const field = [...issue.path.map(String), ...keys].join('.') || 'frontmatter';
        problems.push({ file, field, message: issue.message });
      }
      continue;
    }
    if (!isIbkrArticleNumber(parsed.data.id) && parsed.data.id !== slug) {
      problems.push({
        file,
        field: 'id',
        message: `an article of our own takes its file name as id ("${slug}"); digits are only for IBKR's article numbers`,
      });
    }
    articles.push({ file, locale, slug, data: parsed.data, body });
  }

  problems.push(...crossCheck(articles, sourceLocale));
  return { articles, problems };
}

/** Rules that span files: the same id for the same slug in every locale, known references. */
function crossCheck(articles: readonly CheckedArticle[], sourceLocale: string): ArticleProblem[] {
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

/** Thrown by the build when articles break the rules; the message lists every problem. */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(problems: readonly ArticleProblem[]) {
    super(`Invalid article content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`);
  }
}
