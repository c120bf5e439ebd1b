// What a search costs a reader: the bytes fetched to answer a query typed into the header's search
// box (search code, Pagefind, its WebAssembly and index chunks), and the time from the last
// keystroke to the results on screen, first on a cold page and then with everything loaded.
import type { Browser, Page } from '@playwright/test';

export interface SearchBytes {
  total: number;
  /** Our search code and Pagefind's JavaScript. */
  code: number;
  /** Pagefind's WebAssembly. */
  wasm: number;
  /** Index data: pf_meta, index, filter and fragment chunks. */
  index: number;
  requests: number;
}

export interface ColdSearch {
  bytes: SearchBytes;
  /** From the last keystroke to results on screen (includes the 200 ms typing debounce). */
  typingToResultsMs: number;
  /** From clicking into the box (the press starts loading search) to results on screen. */
  clickToResultsMs: number;
}

interface Timing {
  focus: number;
  input: number;
  results: number;
}

/** Installs in-page clocks on the first search box: focus, last input, and results appearing. */
async function installClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('slh-search')!;
    const input = root.querySelector('input')!;
    const list = root.querySelector<HTMLElement>('[role="listbox"]')!;
    const t = { focus: 0, input: 0, results: 0 };
    (window as unknown as { __slhBench: typeof t }).__slhBench = t;
    input.addEventListener('focus', () => (t.focus ||= performance.now()));
    input.addEventListener('input', () => {
      t.input = performance.now();
      t.results = 0;
    });
    const seen = () => {
      if (t.input && !t.results && !list.hidden && list.querySelector('[role="option"]')) t.results = performance.now();
    };
    new MutationObserver(seen).observe(list, { childList: true, subtree: true, attributes: true });
  });
}

async function waitForResults(page: Page): Promise<Timing> {
  await page.waitForFunction(() => (window as unknown as { __slhBench: Timing }).__slhBench.results > 0, undefined, {
    timeout: 30_000,
  });
  return page.evaluate(() => (window as unknown as { __slhBench: Timing }).__slhBench);
}

function part(path: string): keyof Omit<SearchBytes, 'total' | 'requests'> {
  if (path.endsWith('.pagefind')) return 'wasm';
  if (/\.pf_(meta|index|fragment|filter)$/.test(path)) return 'index';
  return 'code';
}

/** A first search on a freshly opened home page (empty cache). */
export async function coldSearch(
  browser: Browser,
  baseUrl: string,
  locale: string,
  query: string,
): Promise<ColdSearch> {
  // Without the offline worker, which would have saved the index by then and answer from its cache.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${locale}/`, { waitUntil: 'networkidle' });
    await installClock(page);
    const sizes: Promise<{ path: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) =>
      sizes.push(request.sizes().then((s) => ({ path: new URL(request.url()).pathname, bytes: s.responseBodySize }))),
    );
    const box = page.getByRole('banner').getByRole('combobox').first();
    await box.click();
    await box.pressSequentially(query);
    const timing = await waitForResults(page);
    await page.waitForLoadState('networkidle');
    const bytes: SearchBytes = { total: 0, code: 0, wasm: 0, index: 0, requests: 0 };
    for (const { path, bytes: n } of await Promise.all(sizes)) {
      bytes[part(path)] += n;
      bytes.total += n;
      bytes.requests += 1;
    }
    return { bytes, typingToResultsMs: timing.results - timing.input, clickToResultsMs: timing.results - timing.focus };
  } finally {
    await context.close();
  }
}

/** Later searches on one page, once search is loaded: time from last keystroke to results, per query. */
export async function warmSearches(
  browser: Browser,
  baseUrl: string,
  locale: string,
  queries: readonly string[],
): Promise<number[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${locale}/`, { waitUntil: 'networkidle' });
    await installClock(page);
    const box = page.getByRole('banner').getByRole('combobox').first();
    await box.click();
    await box.pressSequentially(queries[0] ?? '');
    await waitForResults(page);
    const times: number[] = [];
    for (const query of queries) {
      await box.fill('');
      await page.waitForFunction(() => document.querySelector('slh-search [role="listbox"]')?.hasAttribute('hidden'));
      await box.pressSequentially(query);
      const t = await waitForResults(page);
      times.push(t.results - t.input);
    }
    return times;
  } finally {
    await context.close();
  }
}
