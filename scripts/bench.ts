// `npm run bench`: builds the site, loads its pages in headless Chromium and reports what a first
// visit costs per page type and locale, what a search costs, how the build scales to a synthetic
// knowledge base of 1,000 articles per locale, and whether the performance budgets hold.
//   --json          machine-readable results on stdout (progress always goes to stderr)
//   --skip-scale    leave out the synthetic build (a quick run)
//   --skip-build    measure the existing dist/ instead of building first
//   --scale-size N  articles per locale in the synthetic knowledge base (default 1000)
//   --scale-timeout MIN  give up a synthetic build step after MIN minutes (default 45)
//   --runs N        cold searches per locale (default 5)
//   --sample N      pages per type and locale (default 12, spread over the list)
//   --vs-starlight  also build the same synthetic articles with Starlight, side by side (scripts/bench/vs-starlight.ts)
//   --vs-size N     articles per locale for that comparison (default 500); --vs-runs N  runs of each (default 5)
// The full results are also saved as JSON in .bench/last.json (git-ignored).
// Exits 1 when a budget fails or a build breaks. Not part of `npm test`.
import { parseArgs } from 'node:util';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './browser.ts';
import { localeCodes } from '../src/i18n/locales.ts';
import { classifyPages, spreadSample, type PageType, type TypedPage } from './site-check/page-types.ts';
import { sitemapUrls } from './site-check/built-site.ts';
import { buildSite, type BuildResult } from './bench/site-build.ts';
import { startStaticServer } from './bench/static-server.ts';
import { measurePage, type PageWeight } from './bench/page-weight.ts';
import { coldSearch, warmSearches, type ColdSearch } from './bench/search-cost.ts';
import { checkBudgets, checkBuildBudgets, type BudgetResult, type BuildBudgetResult } from './bench/budgets.ts';
import { prepareScaleWorkspace, buildScaleSite, editOneArticle } from './bench/scale.ts';
import { buildSeconds, buildTotalMs } from './bench/site-build.ts';
import { vsStarlight, vsStarlightReport, type VsStarlightResult } from './bench/vs-starlight.ts';
import { machine, type Machine } from './bench/machine.ts';
import { median, max } from './bench/stats.ts';
import { formatBytes, formatDuration, markdownTable } from './bench/format.ts';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'skip-scale': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'scale-size': { type: 'string', default: '1000' },
    'scale-timeout': { type: 'string', default: '45' },
    runs: { type: 'string', default: '5' },
    sample: { type: 'string', default: '12' },
    'vs-starlight': { type: 'boolean', default: false },
    'vs-size': { type: 'string', default: '500' },
    'vs-runs': { type: 'string', default: '5' },
  },
});
const log = (...parts: unknown[]) => console.error(...parts);

/** Page types the benchmark weighs, in report order. */
const weighed: readonly PageType[] = [
  'home',
  'article',
  'topic',
  'wizard-index',
  'wizard',
  'practice',
  'contact',
  'search',
];
/** A query a reader would type, per locale, then more for the warm runs. */
const queries: Record<string, readonly string[]> = {
  en: ['sms', 'security card', 'voice', 'notification', 'recover'],
  it: ['codice', 'carta', 'chiamata', 'notifica', 'telefono'],
};

interface SearchResult {
  locale: string;
  query: string;
  cold: ColdSearch[];
  warmMs: number[];
}

interface ScaleResult {
  articlesPerLocale: Record<string, number>;
  /** A cold build: no content cache from an earlier build. */
  build: BuildResult;
  /** The build again after one article was edited, with what Astro kept from the first (its content cache). */
  secondBuild?: { editedFile: string; build: BuildResult };
  search: SearchResult[];
  pages: PageWeight[];
}

interface BenchResult {
  machine: Machine;
  build: BuildResult | undefined;
  pages: PageWeight[];
  search: SearchResult[];
  budgets: BudgetResult[];
  scale: ScaleResult | undefined;
  buildBudgets: BuildBudgetResult[];
  vsStarlight: VsStarlightResult | undefined;
  skipped: string[];
}

function pagesToWeigh(dir: string, perGroup: number): TypedPage[] {
  const pages = classifyPages(sitemapUrls(dir).map((u) => u.pathname)).filter((p) => weighed.includes(p.type));
  return weighed.flatMap((type) =>
    localeCodes.flatMap((locale) =>
      spreadSample(
        pages.filter((p) => p.type === type && p.locale === locale),
        perGroup,
      ),
    ),
  );
}

async function weighPages(browser: Browser, url: string, pages: readonly TypedPage[]): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const page of pages) {
    out.push(await measurePage(browser, url, page, page.type === 'wizard' || page.type === 'practice'));
  }
  return out;
}

async function measureSearch(browser: Browser, url: string, runs: number): Promise<SearchResult[]> {
  const out: SearchResult[] = [];
  for (const locale of localeCodes) {
    const list = queries[locale] ?? queries['en']!;
    const query = list[0]!;
    const cold: ColdSearch[] = [];
    for (let i = 0; i < runs; i++) cold.push(await coldSearch(browser, url, locale, query));
    const warmMs = await warmSearches(browser, url, locale, list);
    out.push({ locale, query, cold, warmMs });
    log(
      `  search ${locale} "${query}": ${formatBytes(median(cold.map((c) => c.bytes.total)))}, ${formatDuration(median(cold.map((c) => c.typingToResultsMs)))} cold`,
    );
  }
  return out;
}

function buildFailed(build: BuildResult): string | undefined {
  if (build.astro.timedOut)
    return `astro build did not finish within the time limit (${build.astro.pagesRendered} pages rendered by then)`;
  if (!build.astro.ok) return `astro build failed:\n${build.astro.tail.join('\n')}`;
  if (build.pagefind?.timedOut) return 'pagefind did not finish within the time limit';
  if (!build.pagefind?.ok) return `pagefind failed:\n${build.pagefind?.tail.join('\n') ?? ''}`;
  if (!build.offline?.ok) return `the offline manifest failed:\n${build.offline?.tail.join('\n') ?? ''}`;
  return undefined;
}

async function main(): Promise<number> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    log('No Chromium found (set CHROMIUM_PATH or install chromium); see scripts/ensure-browser.ts.');
    return 1;
  }
  const result: BenchResult = {
    machine: machine(),
    build: undefined,
    pages: [],
    search: [],
    budgets: [],
    scale: undefined,
    buildBudgets: [],
    vsStarlight: undefined,
    skipped: [],
  };
  let failed = false;

  if (!args['skip-build']) {
    log('Building the site (astro build + pagefind + offline manifest) into dist/ ...');
    result.build = await buildSite({ outDir: 'dist' });
    const problem = buildFailed(result.build);
    if (problem) {
      log(problem);
      return 1;
    }
  }

  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  result.machine.browser = `Chromium ${browser.version()}`;
  try {
    const server = await startStaticServer('dist');
    try {
      const pages = pagesToWeigh('dist', Number(args.sample));
      log(`Loading ${pages.length} pages with an empty cache ...`);
      result.pages = await weighPages(browser, server.url, pages);
      log('Measuring search ...');
      result.search = await measureSearch(browser, server.url, Number(args.runs));
    } finally {
      await server.stop();
    }
    result.budgets = checkBudgets(result.pages);
    failed ||= result.budgets.some((b) => !b.pass);
    for (const type of ['wizard', 'practice'] as const) {
      if (!result.pages.some((p) => p.type === type))
        result.skipped.push(`no ${type} page is built yet, so its budget had nothing to measure`);
    }

    if (args['skip-scale']) {
      result.skipped.push('scale (--skip-scale)');
    } else {
      const size = Number(args['scale-size']);
      log(`Scale: generating ${size} articles per locale in a temporary folder ...`);
      const workspace = prepareScaleWorkspace(size);
      const cleanUp = () => {
        workspace.dispose();
        process.exit(130);
      };
      process.once('SIGINT', cleanUp);
      process.once('SIGTERM', cleanUp);
      try {
        log(`  ${workspace.root}: ${JSON.stringify(workspace.articlesPerLocale)}; building ...`);
        // Cold: nothing in Astro's content cache (the workspace puts the real site's cache back afterwards).
        rmSync('node_modules/.astro', { recursive: true, force: true });
        let rendered = 0;
        const build = await buildScaleSite(workspace, Number(args['scale-timeout']) * 60_000, (line) => {
          if (/[├└]─ \/\S*\.html/.test(line) && ++rendered % 250 === 0) log(`  ${rendered} pages rendered`);
        });
        const scale: ScaleResult = { articlesPerLocale: workspace.articlesPerLocale, build, search: [], pages: [] };
        result.scale = scale;
        const problem = buildFailed(build);
        if (problem) {
          log(`  ${problem}`);
          failed = true;
        } else {
          log(`  built ${build.htmlPages} pages; measuring search and a sample of pages at scale ...`);
          const server = await startStaticServer(workspace.outDir);
          try {
            scale.search = await measureSearch(browser, server.url, Math.min(3, Number(args.runs)));
            const sample = pagesToWeigh(workspace.outDir, 3).filter((p) =>
              ['home', 'article', 'topic'].includes(p.type),
            );
            scale.pages = await weighPages(browser, server.url, sample);
          } finally {
            await server.stop();
          }
          const editedFile = editOneArticle(workspace);
          log(`  edited ${editedFile}; building again with Astro's caches from the first build ...`);
          const second = await buildScaleSite(workspace, Number(args['scale-timeout']) * 60_000);
          scale.secondBuild = { editedFile, build: second };
          const secondProblem = buildFailed(second);
          if (secondProblem) {
            log(`  second build: ${secondProblem}`);
            failed = true;
          } else {
            result.buildBudgets = checkBuildBudgets({
              pagesPerSecond: build.htmlPages / buildSeconds(build),
              secondBuildSeconds: buildSeconds(second),
            });
            failed ||= result.buildBudgets.some((b) => !b.pass);
          }
        }
      } finally {
        process.off('SIGINT', cleanUp);
        process.off('SIGTERM', cleanUp);
        workspace.dispose();
      }
    }
  } finally {
    await browser.close();
  }

  if (args['vs-starlight']) {
    log('Side by side with Starlight ...');
    result.vsStarlight = await vsStarlight({
      articlesPerLocale: Number(args['vs-size']),
      runs: Number(args['vs-runs']),
    });
  }

  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/last.json', `${JSON.stringify(result, null, 2)}\n`);
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else console.log(report(result));
  return failed ? 1 : 0;
}

// ---------------------------------------------------------------- the text report

const medMax = (values: number[]) =>
  values.length === 1 ? formatBytes(values[0]!) : `${formatBytes(median(values))} (${formatBytes(max(values))})`;

function weightTable(pages: readonly PageWeight[]): string {
  const groups = new Map<string, PageWeight[]>();
  for (const p of pages) groups.set(`${p.type} ${p.locale}`, [...(groups.get(`${p.type} ${p.locale}`) ?? []), p]);
  const rows = [...groups.values()].map((group) => {
    const first = group[0]!;
    const jsBefore = group.map((p) => p.scriptsBeforeInteraction.reduce((n, s) => n + s.bytes, 0));
    const total = group.map((p) => Object.values(p.bytes).reduce((a, b) => a + b, 0));
    const after = group.map((p) => p.jsAfterInteraction).filter((n) => n !== undefined);
    return [
      first.type,
      first.locale ?? '',
      String(group.length),
      medMax(group.map((p) => p.bytes.html)),
      medMax(group.map((p) => p.bytes.css)),
      medMax(jsBefore),
      medMax(group.map((p) => p.jsExecutedBeforeInteraction)),
      after.length ? medMax(after) : '–',
      medMax(group.map((p) => p.bytes.font)),
      medMax(group.map((p) => p.bytes.image)),
      medMax(total),
    ];
  });
  return markdownTable(
    [
      'page type',
      'locale',
      'pages',
      'HTML',
      'CSS',
      'JS before interaction',
      'JS executed (raw)',
      'JS after 1st interaction',
      'fonts',
      'images',
      'total',
    ],
    rows,
  );
}

function searchTable(search: readonly SearchResult[]): string {
  return markdownTable(
    [
      'locale',
      'query',
      'bytes fetched',
      'code / wasm / index',
      'requests',
      'typing → results, cold',
      'click → results, cold',
      'typing → results, warm',
    ],
    search.map((s) => {
      const b = s.cold[0]!.bytes;
      return [
        s.locale,
        `"${s.query}"`,
        formatBytes(median(s.cold.map((c) => c.bytes.total))),
        `${formatBytes(b.code)} / ${formatBytes(b.wasm)} / ${formatBytes(b.index)}`,
        String(b.requests),
        formatDuration(median(s.cold.map((c) => c.typingToResultsMs))),
        formatDuration(median(s.cold.map((c) => c.clickToResultsMs))),
        `${formatDuration(median(s.warmMs))} (${s.warmMs.length} queries)`,
      ];
    }),
  );
}

function buildTable(build: BuildResult, label: string): string {
  const pagefindMs = build.pagefind?.ms ?? Number.NaN;
  const total = buildTotalMs(build);
  return markdownTable(
    [
      'build',
      'HTML pages',
      'astro build',
      'rendering phase',
      'pagefind',
      'offline manifest',
      'total',
      'pages/s (total)',
      'peak memory (astro / pagefind)',
      'dist/pagefind',
      'index data only',
    ],
    [
      [
        label,
        String(build.htmlPages),
        formatDuration(build.astro.ms),
        build.astro.renderMs === undefined ? '–' : formatDuration(build.astro.renderMs),
        formatDuration(pagefindMs),
        formatDuration(build.offline?.ms ?? Number.NaN),
        formatDuration(total),
        (build.htmlPages / (total / 1000)).toFixed(1),
        `${formatBytes(build.astro.peakRssBytes ?? Number.NaN)} / ${formatBytes(build.pagefind?.peakRssBytes ?? Number.NaN)}`,
        formatBytes(build.pagefindBytes),
        formatBytes(build.pagefindIndexBytes),
      ],
    ],
  );
}

function report(r: BenchResult): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`# Benchmark`, '');
  out.push(
    `Machine: ${m.cpu}, ${m.cores} cores (nproc), ${formatBytes(m.memoryBytes)} RAM${m.free ? ` (free -h: ${m.free})` : ''}, Node ${m.node}, ${m.os}, ${m.browser ?? ''}`,
    '',
  );
  if (r.build) out.push('## Build', '', buildTable(r.build, 'site'), '');
  out.push(
    '## First visit, empty cache (compressed bytes transferred; median (max) over the pages measured)',
    '',
    weightTable(r.pages),
    '',
  );
  out.push('## Search (median of runs; cold = fresh page, empty cache)', '', searchTable(r.search), '');
  out.push('## Budgets', '');
  out.push(
    markdownTable(
      ['budget', 'pages', 'heaviest', 'result'],
      r.budgets.map((b) => [
        b.name,
        String(b.pages),
        b.worst ? `${formatBytes(b.worst.bytes)} ${b.worst.path}` : '–',
        b.pages === 0 ? 'PASS (no page yet)' : b.pass ? 'PASS' : 'FAIL',
      ]),
    ),
  );
  for (const b of r.budgets.filter((x) => !x.pass)) out.push('', `FAIL ${b.name}:`, ...b.failures.map((f) => `  ${f}`));
  out.push('');
  if (r.scale) {
    const s = r.scale;
    out.push(
      `## Scale: synthetic knowledge base (${Object.entries(s.articlesPerLocale)
        .map(([l, n]) => `${n} ${l}`)
        .join(', ')} articles)`,
      '',
    );
    out.push(buildTable(s.build, 'synthetic, cold'), '');
    const problem = buildFailed(s.build);
    if (problem) out.push(problem, '');
    if (s.secondBuild) {
      out.push(
        `Second build after editing ${s.secondBuild.editedFile} (Astro's content cache kept from the first):`,
        '',
        buildTable(s.secondBuild.build, 'synthetic, one article edited'),
        '',
      );
    }
    if (s.search.length) out.push('Search at scale:', '', searchTable(s.search), '');
    if (s.pages.length) out.push('Pages at scale (sample):', '', weightTable(s.pages), '');
  }
  if (r.buildBudgets.length) {
    out.push('## Build budgets (scripts/bench/budgets.ts)', '');
    out.push(
      markdownTable(
        ['budget', 'limit', 'measured', 'result'],
        r.buildBudgets.map((b) => [b.name, String(b.limit), b.value.toFixed(1), b.pass ? 'PASS' : 'FAIL']),
      ),
      '',
    );
  }
  if (r.vsStarlight) out.push('## Side by side with Starlight', '', vsStarlightReport(r.vsStarlight), '');
  if (r.skipped.length) out.push('Not measured:', ...r.skipped.map((s) => `- ${s}`), '');
  return out.join('\n');
}

process.exitCode = await main();
