// The frontmatter contract of an article, shared by the content collection, the build guard
// and the localisation report, so every tool rejects the same mistakes.
import { z } from 'astro/zod';

export const topics = ['basics', 'security-card', 'ib-key', 'sms', 'voice-callback', 'migration', 'recovery'] as const;
export const products = ['tws', 'client-portal', 'webtrader', 'ibkr-mobile'] as const;
export const methods = ['security-card', 'ib-key', 'sms', 'voice'] as const;

export type Topic = (typeof topics)[number];
export type Product = (typeof products)[number];
export type Method = (typeof methods)[number];

/**
 * An article's id, the same in every locale, used by <Kb id>, `related` and the troubleshooters: IBKR's own
 * knowledge-base number when the article covers an IBKR article ("3396", shown as "IBKR article 3396"), otherwise
 * the article's file name ("before-you-travel"), which no reader can mistake for an IBKR number.
 */
const articleId = z
  .string()
  .regex(
    /^(?:\d+|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/,
    'must be an IBKR article number written as digits ("3396") or, for an article of our own, its file name ("before-you-travel")',
  );

/** True for an id that is IBKR's knowledge-base number, which pages may show. */
export const isIbkrArticleNumber = (id: string): boolean => /^\d+$/.test(id);

export const articleSchema = z.strictObject({
  id: articleId,
  title: z.string().trim().min(1, 'must not be empty'),
  summary: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(300, 'must be one sentence of at most 300 characters'),
  topic: z.enum(topics),
  products: z.array(z.enum(products)).min(1, 'must name at least one product'),
  methods: z.array(z.enum(methods)).min(1, 'must name at least one method'),
  updated: z.coerce.date({ error: 'must be a date such as 2026-11-29' }),
  related: z.array(articleId).optional(),
  /** Hash of the English body this translation was made from (set by `npm run l10n -- --mark`). */
  sourceHash: z.string().regex(/^[0-9a-f]{12,64}$/, 'must be the hex hash printed by npm run l10n').optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
