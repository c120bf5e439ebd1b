// Integrity rules for a built site, on plain data (file list, page HTML, sitemap) so they can be
// tested on tiny fixtures: internal links and #anchors resolve, images have a text alternative,
// and every page can be reached from a home page or the sitemap.
import { parseHtml, elementsOf, textOf, type HtmlElement } from './html-tree.ts';
import { pageTypeOf } from './page-types.ts';

export interface BuiltSite {
  /** Site paths of every file, e.g. /en/index.html, /_astro/a.css. */
  files: ReadonlySet<string>;
  /** HTML of every page, by the path a browser asks for (/en/, /404.html). */
  pages: ReadonlyMap<string, string>;
  /** Paths the sitemap lists. */
  sitemap: readonly string[];
  /** Origin the site is published at: absolute links to it (canonical, hreflang) are internal too. */
  origin: string;
}

export type ProblemKind =
  | 'broken-link'
  | 'broken-anchor'
  | 'missing-slash'
  | 'duplicate-id'
  | 'image-alt'
  | 'image-name'
  | 'orphan'
  | 'sitemap-missing';

export interface LinkProblem {
  /** The page the problem is on (for sitemap-missing: the sitemap). */
  page: string;
  kind: ProblemKind;
  /** The link, image or id concerned. */
  target: string;
  message: string;
}

export interface LinkReport {
  problems: LinkProblem[];
  pages: number;
  internalLinks: number;
  externalLinks: number;
  /** Pages the orphan rule does not apply to (404 pages, team pages). */
  exempt: string[];
  /** Listed in the sitemap but not linked from any page reachable from a home page. */
  sitemapOnly: string[];
}

export interface CheckOptions {
  /** Where readers start; default: / and every /<lang>/ home. */
  roots?: readonly string[];
  /** Pages that may be unreachable on purpose; default: 404 pages and translation-status pages. */
  orphanExempt?: (path: string) => boolean;
}

/** 404 pages are reached by mistyped addresses and the translation status page is for the team, not readers. */
export function defaultOrphanExempt(path: string): boolean {
  return pageTypeOf(path) === 'not-found' || /(^|\/)translation-status\/$/.test(path);
}

/** Attributes that point at another address, per element. */
const linkAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  form: ['action'],
  iframe: ['src'],
  use: ['href', 'xlink:href'],
  video: ['src', 'poster'],
  audio: ['src'],
  // The service worker the page registers (dist/sw.js, written after the Astro build and Pagefind).
  'slh-offline': ['data-worker'],
  // The search synonyms the search box fetches on first use (/<locale>/search-synonyms.json).
  'slh-search': ['data-synonyms'],
};
/** Link elements that are hints to the browser, not addresses a reader needs. */
const hintRels = new Set(['preconnect', 'dns-prefetch']);

interface PageLink {
  href: string;
  /** <a>/<area>: a reader can follow it, so it counts for reachability. */
  navigable: boolean;
}

interface PageFacts {
  ids: Set<string>;
  duplicateIds: Set<string>;
  links: PageLink[];
  imageProblems: LinkProblem[];
}

function addresses(element: HtmlElement): string[] {
  const names = linkAttributes[element.tag] ?? [];
  if (element.tag === 'link') {
    const rels = (element.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.some((r) => hintRels.has(r))) return [];
  }
  return names.flatMap((name) => {
    const value = element.attrs.get(name);
    if (value === undefined) return [];
    // srcset: "a.png 1x, b.png 2x"
    return name === 'srcset'
      ? value
          .split(',')
          .map((part) => part.trim().split(/\s+/)[0] ?? '')
          .filter(Boolean)
      : [value];
  });
}

function isAriaHidden(element: HtmlElement): boolean {
  for (let e: HtmlElement | undefined = element; e; e = e.parent)
    if (e.attrs.get('aria-hidden') === 'true') return true;
  return false;
}

/** The accessible name an element gets from ARIA, title or (SVG) a <title> child; '' when none. */
function accessibleName(element: HtmlElement, byId: ReadonlyMap<string, HtmlElement>): string {
  const labelledBy = element.attrs.get('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => byId.get(id))
      .filter((e) => e !== undefined)
      .map(textOf)
      .join(' ')
      .trim();
    if (text) return text;
  }
  const label = element.attrs.get('aria-label')?.trim();
  if (label) return label;
  if (element.tag === 'svg') {
    const title = element.children.find((c): c is HtmlElement => c.type === 'element' && c.tag === 'title');
    if (title && textOf(title)) return textOf(title);
  }
  if (element.tag === 'img' && element.attrs.get('alt')?.trim()) return element.attrs.get('alt')!.trim();
  return element.attrs.get('title')?.trim() ?? '';
}

/** Ids, links and image problems of one page. */
function readPage(path: string, html: string): PageFacts {
  const all = [...elementsOf(parseHtml(html))];
  const ids = new Set<string>();
  const duplicateIds = new Set<string>();
  const byId = new Map<string, HtmlElement>();
  for (const element of all) {
    const id = element.attrs.get('id');
    if (id !== undefined && id !== '') {
      if (ids.has(id)) duplicateIds.add(id);
      ids.add(id);
      if (!byId.has(id)) byId.set(id, element);
    }
    // <a name> is the older way to make a target; browsers still scroll to it.
    const name = element.tag === 'a' ? element.attrs.get('name') : undefined;
    if (name) ids.add(name);
  }

  const links: PageLink[] = [];
  const imageProblems: LinkProblem[] = [];
  for (const element of all) {
    for (const href of addresses(element))
      links.push({ href, navigable: element.tag === 'a' || element.tag === 'area' });
    const describe = `<${element.tag}${element.attrs.has('src') ? ` src="${element.attrs.get('src')}"` : ''}${element.attrs.has('class') ? ` class="${element.attrs.get('class')}"` : ''}>`;
    const needsAlt =
      element.tag === 'img' ||
      (element.tag === 'input' && element.attrs.get('type')?.toLowerCase() === 'image') ||
      (element.tag === 'area' && element.attrs.has('href'));
    // alt="" is allowed: it marks an image as decoration that screen readers skip.
    if (needsAlt && !element.attrs.has('alt')) {
      imageProblems.push({
        page: path,
        kind: 'image-alt',
        target: describe,
        message: 'image without an alt attribute',
      });
    }
    const roles = (element.attrs.get('role') ?? '').split(/\s+/);
    if (roles.includes('img') && !isAriaHidden(element) && !accessibleName(element, byId)) {
      imageProblems.push({
        page: path,
        kind: 'image-name',
        target: describe,
        message: 'role="img" without an accessible name (aria-label, aria-labelledby, or an SVG <title>)',
      });
    }
  }
  return { ids, duplicateIds, links, imageProblems };
}

type Resolved =
  | { kind: 'external' }
  | { kind: 'ignored' }
  | { kind: 'page'; page: string; fragment: string }
  | { kind: 'file'; fragment: string }
  | { kind: 'missing-slash'; page: string }
  | { kind: 'missing'; path: string };

/** Where an address found on `from` leads inside the built site. */
function resolve(href: string, from: string, site: BuiltSite): Resolved {
  let url: URL;
  try {
    url = new URL(href.trim(), `${site.origin}${from}`);
  } catch {
    return { kind: 'missing', path: href };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'ignored' };
  if (url.origin !== site.origin) return { kind: 'external' };
  let path: string;
  let fragment: string;
  try {
    path = decodeURIComponent(url.pathname);
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return { kind: 'missing', path: url.pathname };
  }
  if (site.pages.has(path)) return { kind: 'page', page: path, fragment };
  if (site.files.has(path)) return { kind: 'file', fragment };
  if (!path.endsWith('/') && site.pages.has(`${path}/`)) return { kind: 'missing-slash', page: `${path}/` };
  return { kind: 'missing', path };
}

/** Checks every page of a built site; problems come back in page order. */
export function checkSite(site: BuiltSite, options: CheckOptions = {}): LinkReport {
  const orphanExempt = options.orphanExempt ?? defaultOrphanExempt;
  const paths = [...site.pages.keys()].sort();
  const facts = new Map(paths.map((path) => [path, readPage(path, site.pages.get(path)!)]));
  const problems: LinkProblem[] = [];
  const graph = new Map<string, Set<string>>();
  let internalLinks = 0;
  let externalLinks = 0;

  for (const path of paths) {
    const page = facts.get(path)!;
    const next = new Set<string>();
    graph.set(path, next);
    for (const id of page.duplicateIds) {
      problems.push({
        page: path,
        kind: 'duplicate-id',
        target: `#${id}`,
        message: `id "${id}" is used more than once, so a link to it is ambiguous`,
      });
    }
    problems.push(...page.imageProblems);
    const reported = new Set<string>();
    for (const link of page.links) {
      const target = resolve(link.href, path, site);
      if (target.kind === 'external') externalLinks += 1;
      if (target.kind === 'external' || target.kind === 'ignored') continue;
      internalLinks += 1;
      const report = (kind: ProblemKind, message: string) => {
        if (reported.has(`${kind} ${link.href}`)) return;
        reported.add(`${kind} ${link.href}`);
        problems.push({ page: path, kind, target: link.href, message });
      };
      if (target.kind === 'missing') {
        report('broken-link', `nothing is built at ${target.path}`);
      } else if (target.kind === 'missing-slash') {
        // The reader still arrives (after a redirect), so the page is not an orphan.
        if (link.navigable) next.add(target.page);
        report('missing-slash', `the page is ${target.page}; without the slash the host has to redirect`);
      } else if (target.kind === 'page') {
        if (link.navigable) next.add(target.page);
        // An empty fragment and "#top" scroll to the top of any page; ":~:" is a text fragment.
        const fragment = target.fragment;
        if (
          fragment &&
          fragment !== 'top' &&
          !fragment.startsWith(':~:') &&
          !facts.get(target.page)!.ids.has(fragment)
        ) {
          report('broken-anchor', `${target.page} has no element with id "${fragment}"`);
        }
      }
    }
  }

  for (const listed of site.sitemap) {
    if (!site.pages.has(listed)) {
      problems.push({
        page: 'sitemap',
        kind: 'sitemap-missing',
        target: listed,
        message: 'the sitemap lists a page that was not built',
      });
    }
  }

  const roots = options.roots ?? paths.filter((p) => pageTypeOf(p) === 'root' || pageTypeOf(p) === 'home');
  const reachable = reachableFrom(roots, graph);
  const listed = new Set(site.sitemap);
  const exempt = paths.filter(orphanExempt);
  for (const path of paths) {
    if (reachable.has(path) || listed.has(path) || orphanExempt(path)) continue;
    problems.push({
      page: path,
      kind: 'orphan',
      target: path,
      message: 'no page links here and the sitemap does not list it',
    });
  }
  const sitemapOnly = paths.filter((p) => listed.has(p) && !reachable.has(p));

  return { problems, pages: paths.length, internalLinks, externalLinks, exempt, sitemapOnly };
}

function reachableFrom(roots: readonly string[], graph: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const seen = new Set<string>();
  const queue = roots.filter((r) => graph.has(r));
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const next of graph.get(path) ?? []) if (!seen.has(next)) queue.push(next);
  }
  return seen;
}

/** The report as text: problems grouped by page, one line each, then a one-line summary. */
export function formatReport(report: LinkReport): string {
  const lines: string[] = [];
  let lastPage = '';
  for (const p of report.problems) {
    if (p.page !== lastPage) {
      lines.push(p.page);
      lastPage = p.page;
    }
    lines.push(`  ${p.kind.padEnd(15)} ${p.target}  (${p.message})`);
  }
  if (report.sitemapOnly.length > 0) {
    lines.push(
      `Reached only through the sitemap (no link from a home page leads there): ${report.sitemapOnly.join(', ')}`,
    );
  }
  const status =
    report.problems.length === 0
      ? 'no problems'
      : `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`;
  lines.push(
    `${report.pages} pages, ${report.internalLinks} internal links (${report.externalLinks} external not followed): ${status}.` +
      (report.exempt.length ? ` Not required to be linked: ${report.exempt.join(', ')}.` : ''),
  );
  return lines.join('\n');
}
