// Loads one page in a fresh browser context (empty cache: a first visit) and measures what it
// transferred, compressed, by kind, which scripts ran before any interaction and how much of them
// executed (V8 coverage), and for interactive pages the JavaScript after a first interaction.
import type { Browser, Request } from '@playwright/test';
import type { TypedPage } from '../site-check/page-types.ts';
import { resourceKind, resourceKinds, type ResourceKind } from './resource-kind.ts';
import { isEarlyScript, type MeasuredPage } from './budgets.ts';
import { executedLength } from './coverage.ts';

export interface PageWeight extends MeasuredPage {
  locale: string | undefined;
  requests: number;
  /** Decompressed size of the scripts loaded before interaction. */
  jsRawBeforeInteraction: number;
  /** Characters of those scripts that actually ran (V8 block coverage). */
  jsExecutedBeforeInteraction: number;
}

interface Transfer {
  url: string;
  kind: ResourceKind;
  /** Response body as transferred (compressed when the server compressed it). */
  bytes: number;
  /** Decompressed body length; for scripts only. */
  rawBytes: number;
  /** A script an article may load before interaction (budgets.ts). */
  early: boolean;
}

async function transferOf(request: Request): Promise<Transfer> {
  const response = await request.response();
  const sizes = await request.sizes();
  const kind = resourceKind(request.resourceType(), response?.headers()['content-type'], request.url());
  let rawBytes = 0;
  let early = false;
  if (kind === 'js' && response) {
    const body = await response.body();
    rawBytes = body.length;
    early = isEarlyScript(body.toString('utf8'));
  }
  return { url: new URL(request.url()).pathname, kind, bytes: sizes.responseBodySize, rawBytes, early };
}

/** Waits until no request has started or finished for `quietMs`. */
async function settle(pending: () => number, quietMs = 500, limitMs = 10_000): Promise<void> {
  const until = Date.now() + limitMs;
  let last = pending();
  let quietSince = Date.now();
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    const now = pending();
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) return;
  }
}

/** Measures one page; `interact` clicks the page's first own control (a simulator key, a wizard answer). */
export async function measurePage(
  browser: Browser,
  baseUrl: string,
  target: TypedPage,
  interact: boolean,
): Promise<PageWeight> {
  // Without the offline worker: its background save after load is not the page's weight (README, Offline use).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    // Open the site's origin first (a tiny text file the page never uses): Chromium then keeps the
    // same renderer for the page, and coverage cannot miss scripts during a process swap.
    await page.goto(`${baseUrl}/robots.txt`);
    const transfers: Promise<Transfer>[] = [];
    let started = 0;
    page.on('request', () => (started += 1));
    page.on('requestfinished', (request) => transfers.push(transferOf(request)));
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    await page.goto(baseUrl + target.path, { waitUntil: 'networkidle' });
    // Late requests (the favicon) belong to the first visit too.
    await settle(() => started + transfers.length);
    const coverage = await page.coverage.stopJSCoverage();
    const before = await Promise.all(transfers);

    let jsAfterInteraction: number | undefined;
    if (interact) {
      const control = page.locator('main button:visible, main a[href^="#"]:visible').first();
      if ((await control.count()) > 0) {
        await control.click();
        await settle(() => started + transfers.length);
      }
      const after = await Promise.all(transfers);
      jsAfterInteraction = after.filter((t) => t.kind === 'js').reduce((n, t) => n + t.bytes, 0);
    }

    const bytes = Object.fromEntries(resourceKinds.map((k) => [k, 0])) as Record<ResourceKind, number>;
    for (const t of before) bytes[t.kind] += t.bytes;
    const scripts = before.filter((t) => t.kind === 'js');
    const origin = new URL(baseUrl).origin;
    const executed = coverage
      .filter((entry) => entry.url.startsWith(origin))
      .reduce((n, entry) => n + executedLength({ length: entry.source?.length ?? 0, functions: entry.functions }), 0);
    return {
      path: target.path,
      type: target.type,
      locale: target.locale,
      bytes,
      requests: before.length,
      scriptsBeforeInteraction: scripts.map((s) => ({ url: s.url, bytes: s.bytes, early: s.early })),
      jsRawBeforeInteraction: scripts.reduce((n, s) => n + s.rawBytes, 0),
      jsExecutedBeforeInteraction: executed,
      ...(jsAfterInteraction === undefined ? {} : { jsAfterInteraction }),
    };
  } finally {
    await context.close();
  }
}
