// The performance budgets of issue 7, checked on the pages the benchmark loaded. Sizes are
// compressed bytes as transferred; 1 KB = 1024 bytes.
import type { PageType } from '../site-check/page-types.ts';
import type { ResourceKind } from './resource-kind.ts';

export const KB = 1024;

/** What the benchmark measured on one page, as far as the budgets are concerned. */
export interface MeasuredPage {
  path: string;
  type: PageType;
  bytes: Record<ResourceKind, number>;
  /** Scripts loaded before any interaction: address, compressed bytes, whether an article may load it that early. */
  scriptsBeforeInteraction: readonly { url: string; bytes: number; early: boolean }[];
  /** Compressed JS after one interaction with the page's own controls (wizard and practice pages). */
  jsAfterInteraction?: number;
}

export interface BudgetResult {
  name: string;
  /** Limit in bytes. */
  limit: number;
  pages: number;
  /** The heaviest page and its figure; undefined when no page of the kind exists yet. */
  worst?: { path: string; bytes: number };
  /** Pages over the limit, or with a script that should not be there. */
  failures: string[];
  pass: boolean;
}

/**
 * The scripts an article may load before interaction, known by the element they define: the search trigger
 * (<slh-search>) and the offline registration (<slh-offline>), which registers the service worker after load.
 */
export function isEarlyScript(source: string): boolean {
  return /customElements\.define\(\s*["'`]slh-(search|offline)["'`]/.test(source);
}

function budget(
  name: string,
  limit: number,
  pages: readonly MeasuredPage[],
  figure: (page: MeasuredPage) => number,
  extra: (page: MeasuredPage) => string[] = () => [],
): BudgetResult {
  const failures: string[] = [];
  let worst: { path: string; bytes: number } | undefined;
  for (const page of pages) {
    const bytes = figure(page);
    if (!worst || bytes > worst.bytes) worst = { path: page.path, bytes };
    if (bytes > limit) failures.push(`${page.path}: ${bytes} B > ${limit} B`);
    failures.push(...extra(page).map((problem) => `${page.path}: ${problem}`));
  }
  return { name, limit, pages: pages.length, ...(worst ? { worst } : {}), failures, pass: failures.length === 0 };
}

const jsBefore = (page: MeasuredPage) => page.scriptsBeforeInteraction.reduce((total, s) => total + s.bytes, 0);

/** Every budget, each with its verdict. */
export function checkBudgets(pages: readonly MeasuredPage[]): BudgetResult[] {
  const articles = pages.filter((p) => p.type === 'article');
  const interactive = pages.filter((p) => p.type === 'wizard' || p.type === 'practice');
  return [
    budget(
      'Article JS before interaction: only the search trigger and offline registration, ≤ 2 KB',
      2 * KB,
      articles,
      jsBefore,
      (page) =>
        page.scriptsBeforeInteraction.filter((s) => !s.early).map((s) => `loads ${s.url} before any interaction`),
    ),
    budget(
      'Wizard and practice JS (after first interaction) ≤ 25 KB',
      25 * KB,
      interactive,
      (p) => p.jsAfterInteraction ?? jsBefore(p),
    ),
    budget('CSS per page ≤ 10 KB', 10 * KB, pages, (p) => p.bytes.css),
    budget('HTML per page ≤ 20 KB', 20 * KB, pages, (p) => p.bytes.html),
  ];
}

/**
 * The build's budgets, checked on the scale run (1,000 synthetic articles per locale, scripts/bench/scale.ts). Set
 * below what the shared 2-core machine measured (README, Performance), so a noisy run still passes and a real
 * regression does not.
 */
export const buildBudgets = {
  /** HTML pages per second of a cold build, Pagefind and the offline manifest included. */
  minPagesPerSecond: 40,
  /** A second build after one article was edited, with Astro's content cache from the first. */
  maxSecondBuildSeconds: 60,
} as const;

export interface BuildBudgetResult {
  name: string;
  limit: number;
  value: number;
  pass: boolean;
}

/** The build budgets' verdicts for one scale run. */
export function checkBuildBudgets(measured: {
  pagesPerSecond: number;
  secondBuildSeconds: number;
}): BuildBudgetResult[] {
  return [
    {
      name: 'Cold build at scale, pages per second (at least)',
      limit: buildBudgets.minPagesPerSecond,
      value: measured.pagesPerSecond,
      pass: measured.pagesPerSecond >= buildBudgets.minPagesPerSecond,
    },
    {
      name: 'Second build after editing one article, seconds (at most)',
      limit: buildBudgets.maxSecondBuildSeconds,
      value: measured.secondBuildSeconds,
      pass: measured.secondBuildSeconds <= buildBudgets.maxSecondBuildSeconds,
    },
  ];
}
