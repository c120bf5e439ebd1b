// The frontmatter contract of an article, shared by the content collection, the build guard
// and the localisation report, so every tool rejects the same mistakes.
import { z } from 'astro/zod';

export const topics = ['basics', 'security-card', 'ib-key', 'sms', 'voice-callback', 'migration', 'recovery'] as const;
export const products = ['tws', 'client-portal', 'webtrader', 'ibkr-mobile'] as const;
export const methods = ['security-card', 'ib-key', 'sms', 'voice'] as const;

export type Topic = (typeof topics)[number];
export type Product = (typeof products)[number];
export type Method = (typeof methods)[number];

const kbId = z.string().regex(/^\d+$/, 'must be a knowledge-base number written as a string of digits, e.g. "3396"');

export const articleSchema = z.strictObject({
  id: kbId,
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
  related: z.array(kbId).optional(),
  /** Hash of the English body this translation was made from (set by `npm run l10n -- --mark`). */
  sourceHash: z.string().regex(/^[0-9a-f]{12,64}$/, 'must be the hex hash printed by npm run l10n').optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
