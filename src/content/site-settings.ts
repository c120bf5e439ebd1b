// The site's editorial settings (content/site.json): which articles the home page puts first, which article the
// practice page points to, and IBKR's official contact page in each language. Read and checked once; a wrong field
// stops the build naming the file and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { contentRoot } from '../lib/content-root.ts';
import { sourceLocale, type Locale } from '../i18n/locales.ts';

const articleId = z.string().min(1, 'must be an article id such as "2634"');

/** A common problem the home page leads with: a troubleshooter or an article, and the icon its card shows. */
const commonProblem = z.union([
  z.strictObject({ wizard: z.string().min(1, 'must be a troubleshooter id such as "sms-code"'), icon: z.string().min(1) }),
  z.strictObject({ article: articleId, icon: z.string().min(1) }),
]);

const siteSettingsSchema = z.strictObject({
  $comment: z.string().optional(),
  home: z.strictObject({
    /** In the order the home page shows them. Ids and icons are checked where they are used (the registry, Icon). */
    commonProblems: z.array(commonProblem).min(3, 'must list three or four problems').max(4, 'must list three or four problems'),
    /** Article ids, most needed first; ids without an article yet are skipped, so the list can run ahead of content. */
    mostNeeded: z.array(articleId).min(1, 'must list at least one article'),
  }),
  practice: z.strictObject({
    /** The article that explains the real card, linked from the practice page. */
    guide: articleId,
  }),
  contact: z.strictObject({
    /** IBKR's official contact page by locale code; a locale without its own gets the source locale's. */
    officialPage: z
      .record(z.string(), z.url({ protocol: /^https$/, error: 'must be an https:// address' }))
      .refine((pages) => Object.hasOwn(pages, sourceLocale), `must give the page for "${sourceLocale}"`),
  }),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** Reads and checks a content folder's site.json. */
export function loadSiteSettings(root: string = contentRoot): SiteSettings {
  const file = join(root, 'site.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = siteSettingsSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${file}: field "${issue.path.join('.') || '(top level)'}": ${issue.message}`);
    throw new Error(`Invalid site settings:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const siteSettings: SiteSettings = loadSiteSettings();

/** IBKR's official contact page for readers of this locale (the source locale's when it has none of its own). */
export function officialContactPage(locale: Locale, settings: SiteSettings = siteSettings): string {
  const pages = settings.contact.officialPage;
  return pages[locale] ?? pages[sourceLocale] ?? '';
}
