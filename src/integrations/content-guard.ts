// Stops `astro build` (and warns in `astro dev`) when any article's frontmatter is invalid,
// naming the file and the field, before Astro renders pages from half-valid data.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { checkArticles, formatProblems } from '../content/article-check.ts';
import { contentRoot } from '../lib/content-root.ts';
import { localeCodes, sourceLocale } from '../i18n/locales.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Runs the article check once the config is known; build fails, dev only logs. */
export function contentGuard(): AstroIntegration {
  return {
    name: 'secure-login-help:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = checkArticles(join(contentRoot, 'articles'), localeCodes, sourceLocale);
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'build') {
          throw new ContentError(`Invalid article content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${report}`);
        }
        logger.error(`Invalid article content:\n${report}`);
      },
    },
  };
}
