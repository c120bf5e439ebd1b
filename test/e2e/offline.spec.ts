// A reader who has opened the help center once keeps it when the network goes, in both languages: the page says
// when its language is saved, and then another article, a troubleshooter to its end, search and the practice card
// all work offline. A new build, once the reader is back online, is offered with a button and replaces the cache.
//
// Offline is Playwright's context.setOffline(true). In this Chromium it also cuts the service worker's own fetches,
// and each journey proves it: a page of the language that was not saved fails to load while offline.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getShortestPaths } from 'xstate/graph';
import { parse as parseYaml } from 'yaml';
import enUi from '../../content/locales/en/ui.json' with { type: 'json' };
import itUi from '../../content/locales/it/ui.json' with { type: 'json' };
import enSimulator from '../../content/locales/en/simulator.json' with { type: 'json' };
import itSimulator from '../../content/locales/it/simulator.json' with { type: 'json' };
import { registry } from './troubleshooters-on-disk.ts';
import { WizardModel } from './wizard-model.ts';

test.use({ serviceWorkers: 'allow' });

const root = resolve(import.meta.dirname, '../..');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const locales = [
  { code: 'en', other: 'it', ui: enUi, simulator: enSimulator, query: 'sms' },
  { code: 'it', other: 'en', ui: itUi, simulator: itSimulator, query: 'codice' },
] as const;
type Locale = (typeof locales)[number];

/** An article's title, from its frontmatter. */
function articleTitle(code: string, slug: string): string {
  const text = readFileSync(join(root, 'content/articles', code, `${slug}.mdx`), 'utf8');
  return (parseYaml(text.split(/^---$/m)[1]!) as { title: string }).title;
}

/** "3 results found" in either plural form, as a pattern. */
function resultsPattern(ui: Locale['ui']): RegExp {
  const forms = [ui.search.results_one, ui.search.results_other].map((t) => t.replace('{{count}}', '\\d+'));
  return new RegExp(forms.join('|'));
}

/** The names of this site's caches, seen from the page. */
function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('slh-offline-')));
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A copy of dist/ served by its own server, so a test can publish a new build into it. */
interface OwnSite {
  dir: string;
  origin: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

async function ownSite(): Promise<OwnSite> {
  const dir = mkdtempSync(join(tmpdir(), 'slh-offline-'));
  cpSync(join(root, 'dist'), dir, { recursive: true });
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.ts'], {
    cwd: root,
    env: { ...process.env, SLH_DIST: dir, PORT: String(port) },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/en/`)).ok) break;
    } catch {
      if (i > 100) throw new Error(`the server for ${dir} did not start`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    dir,
    origin,
    stop: async () => {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

for (const { code, other, ui, simulator, query } of locales) {
  const saved = (page: Page) => page.getByRole('status').filter({ hasText: ui.offline.saved });
  const updateReady = (page: Page) => page.getByRole('status').filter({ hasText: ui.offline.updateReady });

  test.describe(`offline once visited (${code})`, () => {
    test('the page says when its language is saved, then the help center works without a network', async ({
      page,
      context,
    }) => {
      await page.goto(`/${code}/articles/voice-callback/`);
      await expect(saved(page)).toBeVisible({ timeout: 20_000 });
      expect(await axeViolations(page), 'axe with the "saved" message').toEqual([]);
      await page.getByRole('button', { name: ui.offline.close }).click();
      await expect(saved(page)).toBeHidden();

      await context.setOffline(true);
      // Offline is real for the worker too: the language that was not saved does not load.
      const unsaved = await page.evaluate(
        async (path) =>
          fetch(path).then(
            (r) => r.status,
            () => 'failed',
          ),
        `/${other}/`,
      );
      expect(unsaved).toBe('failed');

      // Another article.
      await page.getByRole('link', { name: ui.nav.home }).first().click();
      const article = articleTitle(code, 'sms-code-not-arriving');
      await page.getByRole('main').getByRole('link', { name: article }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article);
      // Only the first page of a language says it was saved.
      await expect(saved(page)).toBeHidden();

      // A troubleshooter, by its shortest way to an end.
      const model = new WizardModel(registry.get('sms-code').machine, code);
      await page.getByRole('navigation', { name: ui.nav.main }).getByRole('link', { name: ui.nav.wizards }).click();
      await page.getByRole('main').getByRole('link', { name: model.title }).click();
      const toEnd = getShortestPaths(model.machine)
        .filter((p) => p.state.status === 'done')
        .sort((a, b) => a.steps.length - b.steps.length)[0]!;
      const events = toEnd.steps.slice(1).map((s) => s.event.type);
      const states = model.statesFor(events);
      for (const [i, event] of events.entries()) {
        const step = page.getByRole('main').getByRole('region').first();
        await expect(step).toHaveAccessibleName(model.stepTitle(states[i]!));
        await step.getByRole('link', { name: model.label(states[i]!, event), exact: true }).click();
      }
      await expect(page.getByRole('main').getByRole('region').first()).toHaveAccessibleName(
        model.stepTitle(states.at(-1)!),
      );

      // Search: Pagefind's code, WebAssembly, index and fragments come from the cache.
      const box = page.getByRole('combobox', { name: ui.search.label });
      await box.click();
      await box.pressSequentially(query);
      await expect(page.getByRole('status').filter({ hasText: resultsPattern(ui) })).toBeVisible();
      await expect(
        page.getByRole('listbox', { name: ui.search.resultsLabel }).getByRole('option').first(),
      ).toBeVisible();
      // A search that finds nothing here would look in the other language, which is not saved: the troubleshooters
      // are offered all the same, and the next search still works.
      await box.fill('xyzzy');
      await expect(
        page.getByRole('status').filter({ hasText: ui.search.noResults.replace('{{query}}', 'xyzzy') }),
      ).toBeVisible();
      await expect(page.getByRole('group', { name: ui.search.offered })).toBeVisible();
      await box.fill(query);
      await expect(page.getByRole('status').filter({ hasText: resultsPattern(ui) })).toBeVisible();

      // The practice card: log in, type the PIN and the challenge into the card, and log in with its response.
      await page.getByRole('navigation', { name: ui.nav.main }).getByRole('link', { name: ui.nav.practice }).click();
      const card = page.getByRole('region', { name: simulator.card.regionName });
      const login = page.getByRole('region', { name: simulator.login.regionName });
      const key = (name: string) => card.getByRole('button', { name, exact: true }).click();
      await login.getByRole('textbox', { name: simulator.login.fields.userName }).fill('practice-user');
      await login.getByLabel(simulator.login.fields.password).fill('not-a-real-password');
      await login.getByRole('button', { name: simulator.login.buttons.logIn }).click();
      const challengeField = login.getByRole('textbox', { name: simulator.login.fields.challenge });
      await expect(challengeField).toHaveValue(/^\d{6}$/);
      const challenge = await challengeField.inputValue();
      await key('press');
      for (const digit of '1234') await key(digit);
      await key('OK');
      await expect(card.getByRole('status')).toContainText('CHALLNG>');
      for (const digit of challenge) await key(digit);
      await key('OK');
      await expect(card.getByRole('status')).toHaveText(/^\d{8}/);
      const response = (await card.getByRole('status').textContent())!.slice(0, 8);
      await login.getByRole('textbox', { name: simulator.login.fields.response }).fill(response);
      await login.getByRole('button', { name: simulator.login.buttons.logIn }).click();
      await expect(page.getByText(simulator.steps.login.success).first()).toBeVisible();
    });
  });

  test.describe(`a new build (${code})`, () => {
    let site: OwnSite;
    test.beforeEach(async () => {
      site = await ownSite();
    });
    test.afterEach(async () => {
      await site.stop();
    });

    test('is offered once back online, shows its text after switching and leaves one cache', async ({
      page,
      context,
    }) => {
      const path = `/${code}/articles/voice-callback/`;
      const title = articleTitle(code, 'voice-callback');
      await page.goto(`${site.origin}${path}`);
      await expect(saved(page)).toBeVisible({ timeout: 20_000 });
      const [before] = await cacheNames(page);

      await context.setOffline(true);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await context.setOffline(false);

      // Publish a new build: one page changes and the manifest is made again, as `npm run build` does.
      const file = join(site.dir, code, 'articles', 'voice-callback', 'index.html');
      const newTitle = `${title} (2)`;
      writeFileSync(file, readFileSync(file, 'utf8').replace(`>${title}</h1>`, `>${newTitle}</h1>`));
      execFileSync(process.execPath, ['scripts/offline-manifest.ts', site.dir], { cwd: root, stdio: 'ignore' });

      // The next page view still shows the build the reader has, whole, and says a newer one is ready.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(updateReady(page)).toBeVisible({ timeout: 20_000 });
      expect(await axeViolations(page), 'axe with the "newer version" message').toEqual([]);
      await page.getByRole('button', { name: ui.offline.switch }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle);

      const after = await cacheNames(page);
      expect(after).toHaveLength(1);
      expect(after[0]).not.toBe(before);
      // The new build was saved whole before it took over, so it works offline at once.
      await context.setOffline(true);
      await page.goto(`${site.origin}/${code}/contact/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.contact.title);
      await expect(saved(page)).toBeHidden();
    });
  });
}
