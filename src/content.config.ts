// Content collections: one MDX file per article per locale, loaded and checked once (see articles-loader.ts).
import { defineCollection } from 'astro:content';
import { articleSchema } from './content/article-schema.ts';
import { articlesLoader } from './content/articles-loader.ts';
import { contentRoot } from './lib/content-root.ts';
import { localeCodes, sourceLocale } from './i18n/locales.ts';

const articles = defineCollection({
  loader: articlesLoader({ base: `${contentRoot}/articles`, localeCodes, sourceLocale }),
  schema: articleSchema,
});

export const collections = { articles };
