// Content collections: one MDX file per article per locale, validated by the shared schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './content/article-schema.ts';
import { contentRoot } from './lib/content-root.ts';

const articles = defineCollection({
  loader: glob({ base: `${contentRoot}/articles`, pattern: '*/*.mdx' }),
  schema: articleSchema,
});

export const collections = { articles };
