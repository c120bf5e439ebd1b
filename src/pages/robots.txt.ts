// robots.txt is generated so the Sitemap line is the absolute URL the protocol requires, on whatever
// site the build is published at (SITE_URL).
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site ?? 'https://help.example.com').href;
  const body = ['User-agent: *', 'Disallow: /translation-status/', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
