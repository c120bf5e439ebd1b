// The Starlight side of the side-by-side build benchmark: our articles as a Starlight 0.42 site (its content layout,
// its i18n config for en and it), with the same bodies and one page per article. Our components that Starlight lacks
// become the plain Markdown they stand for; <Callout> becomes Starlight's own aside. Never written into the repository.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';

/** The versions compared; astro is ours, and Starlight 0.42.4 accepts it (peer astro ^7.2.10). */
export const starlightVersions = { '@astrojs/starlight': '0.42.4', astro: '7.3.5', vite: '8.3.8' } as const;

/** One article as our content folder holds it. */
export interface SourceArticle {
  locale: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

/** Every article of a content folder (content/articles/<locale>/<slug>.mdx). */
export function readArticles(contentDir: string): SourceArticle[] {
  const dir = join(contentDir, 'articles');
  return readdirSync(dir).flatMap((locale) =>
    readdirSync(join(dir, locale))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => {
        const { data, body } = splitFrontmatter(readFileSync(join(dir, locale, f), 'utf8'));
        return { locale, slug: f.slice(0, -'.mdx'.length), data: data as Record<string, unknown>, body };
      }),
  );
}

/** The strings the Markdown equivalents need, from our locale files (the same words our pages show). */
interface LinkTexts {
  wizardTitle: (id: string) => string;
  practice: string;
}

function linkTexts(contentDir: string, locale: string): LinkTexts {
  const read = (ns: string) =>
    JSON.parse(readFileSync(join(contentDir, 'locales', locale, `${ns}.json`), 'utf8')) as Record<string, any>;
  const wizards = read('wizards');
  const ui = read('ui');
  const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return {
    wizardTitle: (id) => String(wizards[camel(id)]?.title ?? id),
    practice: String(ui['home']?.['practiceLink'] ?? 'Practice'),
  };
}

const asideKinds: Record<string, string> = { note: 'note', tip: 'tip', warning: 'caution' };

/**
 * An article body in Starlight's terms: `<Kb id>` and `<WizardLink id>` become Markdown links titled like ours,
 * `<PracticeLink />` and `<SecurityPractice />` a link to the practice page, `<Callout kind>` a `:::note`/`:::tip`/
 * `:::caution` aside, `<CardFigure>`/`<LoginFigure>` their caption in italics (Starlight has no figure component;
 * our figure's drawing of the card is extra HTML on our side only). Everything else stays byte for byte.
 */
export function toStarlightBody(
  body: string,
  locale: string,
  articleLink: (id: string) => { href: string; title: string },
  texts: LinkTexts,
): string {
  return body
    .replace(/<Kb id="([^"]+)" \/>/g, (_, id: string) => {
      const { href, title } = articleLink(id);
      return `[${title}](${href})`;
    })
    .replace(
      /<WizardLink id="([^"]+)" \/>/g,
      (_, id: string) => `[${texts.wizardTitle(id)}](/${locale}/wizards/${id}/)`,
    )
    .replace(/<(?:PracticeLink|SecurityPractice) \/>/g, `[${texts.practice}](/${locale}/practice/security-card/)`)
    .replace(
      /^([ \t]*)<Callout kind="(\w+)">([\s\S]*?)<\/Callout>/gm,
      (_, indent: string, kind: string, text: string) =>
        `${indent}:::${asideKinds[kind] ?? 'note'}\n${indent}${text.trim()}\n${indent}:::`,
    )
    .replace(
      /<(CardFigure|LoginFigure)\b[^>]*>([\s\S]*?)<\/\1>/g,
      (_, _name: string, caption: string) => `*${caption.trim()}*`,
    );
}

const quote = (value: string) => JSON.stringify(value);

/** Starlight's frontmatter for one of our articles: title, description (our summary) and last updated date. */
function starlightFrontmatter(data: Record<string, unknown>): string {
  const updated =
    data['updated'] instanceof Date ? data['updated'].toISOString().slice(0, 10) : String(data['updated']);
  return `---\ntitle: ${quote(String(data['title']))}\ndescription: ${quote(String(data['summary']))}\nlastUpdated: ${updated}\n---\n`;
}

/** The site's files besides its pages: the Astro config with Starlight's en + it locales, and the docs collection. */
const astroConfig = `// Starlight, configured as its docs say for two locales with a prefix each, like our site (/en/..., /it/...).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://help.example.com',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Secure Login Help',
      defaultLocale: 'en',
      locales: { en: { label: 'English', lang: 'en' }, it: { label: 'Italiano', lang: 'it' } },
    }),
  ],
});
`;
const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Writes the Starlight project's sources into `siteDir` (its node_modules is installed separately). Returns the page count. */
export function writeStarlightSite(contentDir: string, siteDir: string): number {
  const articles = readArticles(contentDir);
  const byLocaleId = new Map(articles.map((a) => [`${a.locale}/${String(a.data['id'])}`, a]));
  mkdirSync(join(siteDir, 'src'), { recursive: true });
  writeFileSync(join(siteDir, 'astro.config.mjs'), astroConfig);
  writeFileSync(join(siteDir, 'src', 'content.config.ts'), contentConfig);
  const texts = new Map<string, LinkTexts>();
  for (const article of articles) {
    const localeTexts = texts.get(article.locale) ?? linkTexts(contentDir, article.locale);
    texts.set(article.locale, localeTexts);
    const articleLink = (id: string) => {
      const target = byLocaleId.get(`${article.locale}/${id}`) ?? byLocaleId.get(`en/${id}`);
      if (!target) throw new Error(`${article.locale}/${article.slug}: <Kb id="${id}" /> names no article`);
      return { href: `/${article.locale}/${target.slug}/`, title: String(target.data['title']) };
    };
    const dir = join(siteDir, 'src', 'content', 'docs', article.locale);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${article.slug}.mdx`),
      starlightFrontmatter(article.data) + toStarlightBody(article.body, article.locale, articleLink, localeTexts),
    );
  }
  return articles.length;
}
