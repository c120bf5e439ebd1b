import { describe, it, expect } from 'vitest';
import { checkBudgets, isEarlyScript, KB, type MeasuredPage } from '../../../../scripts/bench/budgets.ts';

const bytes = (html: number, css: number, js: number) => ({ html, css, js, font: 0, image: 0, other: 0 });
const trigger = { url: '/_astro/SearchBox.js', bytes: 1000, early: true };
const offline = { url: '/_astro/OfflineStatus.js', bytes: 600, early: true };

describe('the budgets', () => {
  it('pass a light site', () => {
    const pages: MeasuredPage[] = [
      {
        path: '/en/articles/a/',
        type: 'article',
        bytes: bytes(5 * KB, 3 * KB, 1000),
        scriptsBeforeInteraction: [trigger, offline],
      },
      {
        path: '/en/wizards/w/',
        type: 'wizard',
        bytes: bytes(8 * KB, 3 * KB, 9 * KB),
        scriptsBeforeInteraction: [trigger],
        jsAfterInteraction: 12 * KB,
      },
    ];
    const results = checkBudgets(pages);
    expect(results.map((r) => r.pass)).toEqual([true, true, true, true]);
    expect(results[3]!.worst).toEqual({ path: '/en/wizards/w/', bytes: 8 * KB });
  });

  it('fail an article that runs anything but the search trigger and offline registration before interaction', () => {
    const page: MeasuredPage = {
      path: '/it/articles/a/',
      type: 'article',
      bytes: bytes(5 * KB, 3 * KB, 1300),
      scriptsBeforeInteraction: [trigger, { url: '/_astro/extra.js', bytes: 300, early: false }],
    };
    const [article] = checkBudgets([page]);
    expect(article!.pass).toBe(false);
    expect(article!.failures).toEqual(['/it/articles/a/: loads /_astro/extra.js before any interaction']);
  });

  it('fail pages over the HTML, CSS and interactive JS limits, naming them', () => {
    const page: MeasuredPage = {
      path: '/en/practice/security-card/',
      type: 'practice',
      bytes: bytes(21 * KB, 11 * KB, 30 * KB),
      scriptsBeforeInteraction: [],
      jsAfterInteraction: 30 * KB,
    };
    const results = checkBudgets([page]);
    expect(results.map((r) => r.pass)).toEqual([true, false, false, false]);
    expect(results[2]!.failures).toEqual([`/en/practice/security-card/: ${11 * KB} B > ${10 * KB} B`]);
    // No article measured: nothing to fail, and no worst page.
    expect(results[0]!.pages).toBe(0);
    expect(results[0]!.worst).toBeUndefined();
  });

  it('recognise the search trigger and the offline registration by the element they define', () => {
    expect(isEarlyScript('s=class extends HTMLElement{};customElements.define(`slh-search`,s);')).toBe(true);
    expect(isEarlyScript('customElements.define(`slh-offline`,e);')).toBe(true);
    expect(isEarlyScript('customElements.define("slh-wizard",w)')).toBe(false);
  });
});
