// Our build against Starlight's on the same synthetic articles, side by side on this machine: `node
// scripts/bench/vs-starlight.ts [--size 500] [--runs 5]` (or `npm run bench -- --vs-starlight`).
// Both sites are generated from one synthetic knowledge base (scripts/bench/synthetic-kb.ts) in temporary folders
// outside the repository; Starlight 0.42.4 is installed from npm into its own folder under the system's temporary
// directory (kept between runs, --fresh-install to redo it). Each run is a cold build of both with Pagefind (no
// content cache, empty output folder), alternating A B A B, and the report gives each side's median pages per second
// with the spread, and the load average around every run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareScaleWorkspace, type ScaleWorkspace } from './scale.ts';
import { buildSite, countHtml } from './site-build.ts';
import { starlightVersions, writeStarlightSite } from './starlight-site.ts';
import { machine, type Machine } from './machine.ts';
import { median } from './stats.ts';
import { markdownTable } from './format.ts';

export interface SideRun {
  /** Wall time of the whole build, Pagefind (and for us the offline manifest) included. */
  ms: number;
  pages: number;
  pagesPerSecond: number;
  /** The 1-minute load average just before the run. */
  loadBefore: number;
}

export interface VsStarlightResult {
  machine: Machine;
  articlesPerLocale: number;
  ours: SideRun[];
  starlight: SideRun[];
  /** Median pages per second, ours over Starlight's. */
  ratio: number;
  loadAfter: number;
}

const log = (...parts: unknown[]) => console.error(...parts);
const load1 = () => Number(loadavg()[0]!.toFixed(2));

/** Starlight and its Astro, installed once into a folder of their own outside the repository. */
function installStarlight(fresh: boolean): string {
  const dir = join(tmpdir(), `slh-starlight-${starlightVersions['@astrojs/starlight']}`);
  const marker = join(dir, 'installed.json');
  const wanted = JSON.stringify(starlightVersions);
  if (!fresh && existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: 'slh-starlight-bench',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': starlightVersions['@astrojs/starlight'], astro: starlightVersions.astro },
    // The same Vite as ours (package.json pins it through overrides too).
    overrides: { vite: starlightVersions.vite },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  log(
    `Installing Starlight ${starlightVersions['@astrojs/starlight']} with astro ${starlightVersions.astro} into ${dir} ...`,
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  writeFileSync(marker, wanted);
  return dir;
}

/** A cold Starlight build (its integration runs Pagefind at the end of `astro build`). */
function buildStarlight(dir: string): Promise<{ ok: boolean; ms: number; tail: string }> {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
  return new Promise((resolve) => {
    const started = performance.now();
    // Our Node (24) for both: Starlight's folder has none of its own.
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.on('close', (code) => resolve({ ok: code === 0, ms: performance.now() - started, tail: output }));
  });
}

/** Our build of the workspace, cold: no content cache of an earlier run, an empty output folder. */
async function buildOurs(workspace: ScaleWorkspace): Promise<{ ok: boolean; ms: number; tail: string }> {
  rmSync(workspace.outDir, { recursive: true, force: true });
  rmSync('node_modules/.astro', { recursive: true, force: true });
  const build = await buildSite({ outDir: workspace.outDir, contentDir: workspace.contentDir });
  const ms = build.astro.ms + (build.pagefind?.ms ?? 0) + (build.offline?.ms ?? 0);
  const ok = build.astro.ok && !!build.pagefind?.ok && !!build.offline?.ok;
  return {
    ok,
    ms,
    tail: [...build.astro.tail, ...(build.pagefind?.tail ?? []), ...(build.offline?.tail ?? [])].join('\n'),
  };
}

const run = (ms: number, pages: number, loadBefore: number): SideRun => ({
  ms,
  pages,
  pagesPerSecond: pages / (ms / 1000),
  loadBefore,
});

/** Builds both sites `runs` times each, alternating, and returns every run. */
export async function vsStarlight(options: {
  articlesPerLocale: number;
  runs: number;
  freshInstall?: boolean;
}): Promise<VsStarlightResult> {
  const starlightDir = installStarlight(options.freshInstall ?? false);
  const workspace = prepareScaleWorkspace(options.articlesPerLocale);
  const cleanUp = () => {
    workspace.dispose();
    process.exit(130);
  };
  process.once('SIGINT', cleanUp);
  process.once('SIGTERM', cleanUp);
  try {
    rmSync(join(starlightDir, 'src'), { recursive: true, force: true });
    const articles = writeStarlightSite(workspace.contentDir, starlightDir);
    log(
      `${articles} articles (${JSON.stringify(workspace.articlesPerLocale)}) for both sites; ${options.runs} runs each.`,
    );
    const ours: SideRun[] = [];
    const starlight: SideRun[] = [];
    for (let i = 0; i < options.runs; i++) {
      let loadBefore = load1();
      const a = await buildOurs(workspace);
      if (!a.ok) throw new Error(`our build failed:\n${a.tail}`);
      ours.push(run(a.ms, countHtml(workspace.outDir), loadBefore));
      log(
        `  run ${i + 1} ours:      ${(a.ms / 1000).toFixed(1)} s, ${ours.at(-1)!.pagesPerSecond.toFixed(1)} pages/s (load ${loadBefore})`,
      );
      loadBefore = load1();
      const b = await buildStarlight(starlightDir);
      if (!b.ok) throw new Error(`Starlight's build failed:\n${b.tail}`);
      starlight.push(run(b.ms, countHtml(join(starlightDir, 'dist')), loadBefore));
      log(
        `  run ${i + 1} Starlight: ${(b.ms / 1000).toFixed(1)} s, ${starlight.at(-1)!.pagesPerSecond.toFixed(1)} pages/s (load ${loadBefore})`,
      );
    }
    const ratio = median(ours.map((r) => r.pagesPerSecond)) / median(starlight.map((r) => r.pagesPerSecond));
    return {
      machine: machine(),
      articlesPerLocale: options.articlesPerLocale,
      ours,
      starlight,
      ratio,
      loadAfter: load1(),
    };
  } finally {
    process.off('SIGINT', cleanUp);
    process.off('SIGTERM', cleanUp);
    workspace.dispose();
  }
}

/** The comparison as a Markdown table: per side the median and the range of pages per second and of build time. */
export function vsStarlightReport(r: VsStarlightResult): string {
  const row = (name: string, runs: readonly SideRun[]) => {
    const pps = runs.map((x) => x.pagesPerSecond);
    const s = runs.map((x) => x.ms / 1000);
    return [
      name,
      String(runs[0]?.pages ?? 0),
      String(runs.length),
      median(pps).toFixed(1),
      `${Math.min(...pps).toFixed(1)}–${Math.max(...pps).toFixed(1)}`,
      `${median(s).toFixed(1)} s`,
      `${Math.min(...s).toFixed(1)}–${Math.max(...s).toFixed(1)} s`,
      runs.map((x) => x.loadBefore.toFixed(1)).join(', '),
    ];
  };
  return [
    `Side by side, ${r.articlesPerLocale} synthetic articles per locale, cold builds with Pagefind, alternating runs:`,
    '',
    markdownTable(
      [
        'site',
        'HTML pages',
        'runs',
        'pages/s (median)',
        'pages/s (min–max)',
        'build (median)',
        'build (min–max)',
        'load before each run',
      ],
      [row('Secure Login Help', r.ours), row(`Starlight ${starlightVersions['@astrojs/starlight']}`, r.starlight)],
    ),
    '',
    `Ours / Starlight (median pages/s): ${r.ratio.toFixed(2)}×. Load average after the last run: ${r.loadAfter}.`,
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}.`,
  ].join('\n');
}

if (import.meta.main) {
  const { values: args } = parseArgs({
    options: {
      size: { type: 'string', default: '500' },
      runs: { type: 'string', default: '5' },
      'fresh-install': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const result = await vsStarlight({
    articlesPerLocale: Number(args.size),
    runs: Number(args.runs),
    freshInstall: args['fresh-install'],
  });
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/vs-starlight.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(args.json ? JSON.stringify(result, null, 2) : vsStarlightReport(result));
}
