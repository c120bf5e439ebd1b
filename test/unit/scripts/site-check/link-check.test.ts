import { describe, it, expect } from 'vitest';
import {
  checkSite,
  formatReport,
  defaultOrphanExempt,
  type BuiltSite,
} from '../../../../scripts/site-check/link-check.ts';

const origin = 'https://help.example.com';

/** A site from page HTML by address; every page is also a file, plus any extra files. */
function site(pages: Record<string, string>, sitemap: string[] = [], extraFiles: string[] = []): BuiltSite {
  const files = Object.keys(pages).map((p) => (p.endsWith('/') ? `${p}index.html` : p));
  return { pages: new Map(Object.entries(pages)), files: new Set([...files, ...extraFiles]), sitemap, origin };
}
const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const kinds = (s: BuiltSite) => checkSite(s).problems.map((p) => `${p.kind} ${p.page} ${p.target}`);

describe('internal links', () => {
  it('accepts links to built pages and files, relative or absolute to the site', () => {
    const s = site(
      {
        '/en/': page(
          '<a href="a/">A</a><a href="/en/a/">A</a><a href="https://help.example.com/en/a/">A</a><link href="/_astro/x.css" rel="stylesheet">',
        ),
        '/en/a/': page('<a href="../">Home</a>'),
      },
      [],
      ['/_astro/x.css'],
    );
    expect(kinds(s)).toEqual([]);
  });

  it('reports a link to a page that was not built, with the page it is on', () => {
    const s = site({ '/en/': page('<a href="/en/gone/">Gone</a><script src="/_astro/missing.js"></script>') });
    expect(kinds(s)).toEqual(['broken-link /en/ /en/gone/', 'broken-link /en/ /_astro/missing.js']);
  });

  it('checks that the service worker a page registers was built', () => {
    const offline = page('<slh-offline data-worker="/sw.js"></slh-offline>');
    expect(kinds(site({ '/en/': offline }, [], ['/sw.js']))).toEqual([]);
    expect(kinds(site({ '/en/': offline }))).toEqual(['broken-link /en/ /sw.js']);
  });

  it('asks for the trailing slash instead of relying on a redirect', () => {
    const s = site({ '/en/': page('<a href="/en/a">A</a>'), '/en/a/': page('') });
    expect(kinds(s)).toEqual(['missing-slash /en/ /en/a']);
  });

  it('leaves other sites, mail and phone links alone but counts them', () => {
    const s = site({
      '/en/': page('<a href="https://example.org/x">x</a><a href="mailto:a@b.c">m</a><a href="tel:+1">t</a>'),
    });
    const report = checkSite(s);
    expect(report.problems).toEqual([]);
    expect(report.externalLinks).toBe(1);
  });

  it('reports each broken address once per page', () => {
    const s = site({ '/en/': page('<a href="/x/">1</a><a href="/x/">2</a>') });
    expect(kinds(s)).toEqual(['broken-link /en/ /x/']);
  });
});

describe('anchors', () => {
  it('checks fragments against the ids of the target page, on the same page and across pages', () => {
    const s = site({
      '/en/': page(
        '<a href="#here">ok</a><a href="#nowhere">bad</a><h2 id="here">Here</h2><a href="/en/a/#steps">ok</a><a href="/en/a/#gone">bad</a>',
      ),
      '/en/a/': page('<h2 id="steps">Steps</h2>'),
    });
    expect(kinds(s)).toEqual(['broken-anchor /en/ #nowhere', 'broken-anchor /en/ /en/a/#gone']);
  });

  it('accepts #top, an empty fragment, <a name> targets and encoded ids', () => {
    const s = site({
      '/en/': page(
        '<a href="#top">t</a><a href="#">e</a><a name="old"></a><a href="#old">o</a><h2 id="più">p</h2><a href="#pi%C3%B9">p</a>',
      ),
    });
    expect(kinds(s)).toEqual([]);
  });

  it('flags an id used twice, since a link to it is ambiguous', () => {
    expect(kinds(site({ '/en/': page('<p id="x"></p><p id="x"></p>') }))).toEqual(['duplicate-id /en/ #x']);
  });
});

describe('text alternatives', () => {
  it('requires an alt attribute on every image, empty alt meaning decoration', () => {
    const s = site(
      { '/en/': page('<img src="/a.png"><img src="/b.png" alt=""><img src="/c.png" alt="Card">') },
      [],
      ['/a.png', '/b.png', '/c.png'],
    );
    expect(kinds(s)).toEqual(['image-alt /en/ <img src="/a.png">']);
  });

  it('requires a name on role="img" unless it is hidden from assistive technology', () => {
    const s = site({
      '/en/': page(
        [
          '<svg role="img" class="a"></svg>',
          '<svg role="img" class="b"><title>Card</title></svg>',
          '<div role="img" class="c" aria-label="Card"></div>',
          '<div role="img" class="d" aria-labelledby="cap"></div><p id="cap">A card</p>',
          '<div role="img" class="e" aria-labelledby="nothing"></div>',
          '<div aria-hidden="true"><svg role="img" class="f"></svg></div>',
        ].join(''),
      ),
    });
    expect(kinds(s)).toEqual(['image-name /en/ <svg class="a">', 'image-name /en/ <div class="e">']);
  });
});

describe('orphans and the sitemap', () => {
  const pages = {
    '/': page('<a href="/en/">en</a>'),
    '/en/': page('<a href="/en/a/">a</a>'),
    '/en/a/': page('<a href="/en/b/">b</a>'),
    '/en/b/': page(''),
    '/en/listed/': page(''),
    '/en/lost/': page(''),
    '/en/404/': page(''),
    '/en/translation-status/': page(''),
  };

  it('finds pages no link leads to and the sitemap does not list, except 404 and team pages', () => {
    const report = checkSite(site(pages, ['/en/', '/en/listed/']));
    expect(report.problems.map((p) => `${p.kind} ${p.page}`)).toEqual(['orphan /en/lost/']);
    expect(report.exempt).toEqual(['/en/404/', '/en/translation-status/']);
    expect(report.sitemapOnly).toEqual(['/en/listed/']);
  });

  it('follows only links a reader can click, not stylesheets or forms', () => {
    const s = site({ '/en/': page('<form action="/en/search/"></form>'), '/en/search/': page('') });
    expect(kinds(s)).toEqual(['orphan /en/search/ /en/search/']);
  });

  it('reports sitemap entries that were not built', () => {
    expect(kinds(site({ '/en/': page('') }, ['/en/', '/en/ghost/']))).toEqual(['sitemap-missing sitemap /en/ghost/']);
  });

  it('knows which pages may stand alone', () => {
    expect(defaultOrphanExempt('/404.html')).toBe(true);
    expect(defaultOrphanExempt('/it/404/')).toBe(true);
    expect(defaultOrphanExempt('/translation-status/')).toBe(true);
    expect(defaultOrphanExempt('/it/articles/x/')).toBe(false);
  });
});

describe('the printed report', () => {
  it('groups problems under their page and ends with a summary', () => {
    const text = formatReport(checkSite(site({ '/en/': page('<a href="/x/">x</a><a href="#y">y</a>') })));
    expect(text.split('\n')).toEqual([
      '/en/',
      '  broken-link     /x/  (nothing is built at /x/)',
      '  broken-anchor   #y  (/en/ has no element with id "y")',
      '1 pages, 2 internal links (0 external not followed): 2 problems.',
    ]);
  });
});
