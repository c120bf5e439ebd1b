// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { allLocales, sourceLocale } from './src/i18n/locales.ts';
import { alternatesOf } from './src/i18n/alternates.ts';
import { troubleshooterPreload } from './src/integrations/troubleshooter-preload.ts';
import { quietKnownWarnings } from './src/integrations/known-warnings.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://help.example.com',
  trailingSlash: 'always',
  i18n: {
    locales: allLocales.map((l) => l.code),
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    quietKnownWarnings(),
    troubleshooterPreload(),
    mdx(),
    sitemap({
      filter: (page) => !page.includes('/404/') && !page.includes('/translation-status/'),
      // The integration's own i18n grouping counts / as an English page; the head's rule is used instead.
      serialize: (item) => {
        const site = new URL(item.url);
        return {
          ...item,
          links: alternatesOf(site.pathname).map((a) => ({ lang: a.hreflang, url: new URL(a.path, site).href })),
        };
      },
    }),
  ],
  // A strict Content-Security-Policy forbids inline scripts and styles: always emit files.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
