// Runs the production build (astro build, then Pagefind) into a folder and measures it: wall time
// of each step, pages rendered, peak memory, and the size of the search index it produced.
import { spawn } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { samplePeakMemory } from './process-memory.ts';

export interface BuildOptions {
  outDir: string;
  /** Content folder (SLH_CONTENT_DIR); default: the project's content/. */
  contentDir?: string;
  /** Stop a step that runs longer than this. */
  timeoutMs?: number;
  /** Called with each line the build prints (progress). */
  onLine?: (line: string) => void;
}

export interface StepResult {
  ok: boolean;
  timedOut: boolean;
  ms: number;
  peakRssBytes: number | undefined;
  /** Last lines printed, for a failure report. */
  tail: string[];
}

export interface BuildResult {
  astro: StepResult & {
    /** Pages Astro reported as rendered so far (its "├─ /path" lines). */
    pagesRendered: number;
    /** From the first to the last rendered page: the page-generation phase alone. */
    renderMs: number | undefined;
  };
  pagefind: StepResult | undefined;
  /** The offline manifest and service worker (scripts/offline-manifest.ts), after Pagefind. */
  offline: StepResult | undefined;
  htmlPages: number;
  pagefindBytes: number;
  /** Only the index data (pf_meta, index, fragment and filter chunks), without Pagefind's code. */
  pagefindIndexBytes: number;
}

function run(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number | undefined, onLine?: (line: string) => void) {
  return new Promise<StepResult & { lines: { at: number; text: string }[] }>((resolve) => {
    const started = performance.now();
    // Own process group, so a timeout can stop the step and everything it started, and nothing else.
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const memory = samplePeakMemory(child.pid!);
    const lines: { at: number; text: string }[] = [];
    let timedOut = false;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            try {
              process.kill(-child.pid!, 'SIGKILL');
            } catch {
              // already gone
            }
          }, timeoutMs);
    let partial = '';
    const onData = (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push({ at: performance.now() - started, text: line });
        onLine?.(line);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({
        ok: code === 0 && !timedOut,
        timedOut,
        ms: performance.now() - started,
        peakRssBytes: memory.stop(),
        tail: lines.slice(-15).map((l) => l.text),
        lines,
      });
    });
  });
}

/** Total bytes of the files under a folder. */
export function folderBytes(dir: string, include: (relative: string) => boolean = () => true, prefix = ''): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix + entry.name;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(full, include, `${relative}/`);
    else if (include(relative)) total += statSync(full).size;
  }
  return total;
}

/** The number of .html files under a folder. */
export function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? countHtml(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

/** Pagefind's index data, as opposed to its JavaScript, CSS and WebAssembly. */
export const isPagefindIndexFile = (relative: string) =>
  /\.pf_meta$/.test(relative) || /^(index|fragment|filter)\//.test(relative);

/** Builds the site into options.outDir the way `npm run build` does, measuring each step. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.contentDir ? { SLH_CONTENT_DIR: options.contentDir } : {}),
  };
  const astro = await run(
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', options.outDir],
    env,
    options.timeoutMs,
    options.onLine,
  );
  const rendered = astro.lines.filter((l) => /[├└]─ \/\S*\.html/.test(l.text));
  const renderMs = rendered.length > 1 ? rendered.at(-1)!.at - rendered[0]!.at : undefined;
  const { lines: _astroLines, ...astroStep } = astro;
  let pagefind: StepResult | undefined;
  if (astro.ok) {
    const step = await run(
      ['node_modules/pagefind/lib/runner/bin.cjs', '--site', options.outDir],
      env,
      options.timeoutMs,
      options.onLine,
    );
    const { lines: _pagefindLines, ...rest } = step;
    pagefind = rest;
  }
  let offline: StepResult | undefined;
  if (pagefind?.ok) {
    const { lines: _offlineLines, ...rest } = await run(
      ['scripts/offline-manifest.ts', options.outDir],
      env,
      options.timeoutMs,
      options.onLine,
    );
    offline = rest;
  }
  const pagefindDir = join(options.outDir, 'pagefind');
  return {
    astro: { ...astroStep, pagesRendered: rendered.length, renderMs },
    pagefind,
    offline,
    htmlPages: countHtml(options.outDir),
    pagefindBytes: folderBytes(pagefindDir),
    pagefindIndexBytes: folderBytes(pagefindDir, isPagefindIndexFile),
  };
}

/** The whole build's wall time, as `npm run build` runs it: astro build, Pagefind, the offline manifest. */
export function buildTotalMs(build: BuildResult): number {
  return build.astro.ms + (build.pagefind?.ms ?? Number.NaN) + (build.offline?.ms ?? Number.NaN);
}

/** buildTotalMs() in seconds. */
export const buildSeconds = (build: BuildResult): number => buildTotalMs(build) / 1000;
