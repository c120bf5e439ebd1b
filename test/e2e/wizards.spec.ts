// A reader works through a guided troubleshooter, in both languages. The registry says which troubleshooters there are
// and their machines drive the tests (xstate/graph): every state by its shortest path and every choice from it, with
// and without JavaScript, then Back, Start over, reload, a bookmark, a bad address, the keyboard alone and axe.
// Every simple path to an end is walked in Node instead, over the session machine (test/unit/wizards/).
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { getShortestPaths } from 'xstate/graph';
import { locales } from '../../src/i18n/locales.ts';
import { stepDepths } from '../../src/wizards/wizard-graph.ts';
import { registry } from './troubleshooters-on-disk.ts';
import { WizardModel, getStep } from './wizard-model.ts';
import { sitemapPaths } from './site-pages.ts';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

type Json = { [key: string]: string | Json };
const localeFile = (code: string, file: string) =>
  JSON.parse(readFileSync(new URL(`../../content/locales/${code}/${file}.json`, import.meta.url), 'utf8')) as Json;
/** The contact strings (ui.json) the hand-over shares with the contact page. */
const uiContact = (code: string) => localeFile(code, 'ui')['contact'] as { readyTitle: string; officialLink: string };
/** The practice login screen's region name and user-name label (simulator.json). */
const practiceLogin = (code: string) => localeFile(code, 'simulator')['login'] as Json;
const practiceLoginName = (code: string) => practiceLogin(code)['regionName'] as string;
const practiceUserLabel = (code: string) => (practiceLogin(code)['fields'] as Record<string, string>)['userName']!;
const codes = locales.map((l) => l.code);

/** Opens a troubleshooter page and waits until its element runs (it loads its machine as it starts). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('slh-wizard')).toHaveAttribute('data-live', '');
}

/**
 * The step on screen: hidden steps have no role, and a step's own section comes before any region embedded in it
 * (the practice card and login screen on the security-card steps).
 */
function currentStep(page: Page) {
  return page.getByRole('main').getByRole('region').first();
}

/**
 * Asserts that the page shows exactly this step: one step region, named by its title heading, with its number: by
 * default the build's (the fewest choices to the step, which is also what the running wizard shows on the shortest
 * way there or at a bookmark), else the reader's count the caller gives, or none when the caller only came back.
 */
async function expectStep(
  page: Page,
  model: WizardModel,
  id: string,
  { number = true }: { number?: boolean | number } = {},
): Promise<void> {
  const step = currentStep(page);
  await expect(step).toHaveAccessibleName(model.stepTitle(id)); // aria-labelledby: the step's h2
  if (number !== false) {
    const label = number === true ? model.stepOf(id) : model.stepNumber(number);
    await expect(step.locator('[data-step-number]')).toHaveText(label);
  }
  // The hash names the step; an address without one is the first step.
  const hashes = id === model.graph.initial ? ['', `#${id}`] : [`#${id}`];
  await expect(page).toHaveURL((url) => hashes.includes(url.hash));
  // How to reach Client Services stands under every hand-over, and only there.
  const handover = page.getByRole('region', { name: model.common('handover.title') });
  if (model.handovers.includes(id)) await expect(handover).toBeVisible();
  else await expect(handover).toHaveCount(0);
}

/** Picks the option that sends this event from the step on screen. */
async function choose(page: Page, model: WizardModel, from: string, event: string): Promise<void> {
  const step = currentStep(page);
  await step.getByRole('link', { name: model.label(from, event), exact: true }).click();
}

/**
 * Follows events from the first step (or after the events already taken), checking each step against the machine
 * and its number: the reader's count of steps since the first.
 */
async function drive(page: Page, model: WizardModel, events: string[], taken: string[] = []): Promise<string> {
  const states = model.statesFor([...taken, ...events]).slice(taken.length);
  await expectStep(page, model, states[0]!, { number: taken.length + 1 });
  for (const [i, event] of events.entries()) {
    await choose(page, model, states[i]!, event);
    await expectStep(page, model, states[i + 1]!, { number: taken.length + i + 2 });
  }
  return states.at(-1)!;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function eventsOf(path: { steps: { event: { type: string } }[] }): string[] {
  return path.steps.slice(1).map((s) => s.event.type); // steps[0] is xstate.init
}

/** Event sequences from the start, merged where they share a beginning (a prefix tree). */
interface Walk {
  next: Map<string, Walk>;
}

function prefixTree(paths: string[][]): Walk {
  const root: Walk = { next: new Map() };
  for (const events of paths) {
    let node = root;
    for (const event of events) {
      let child = node.next.get(event);
      if (!child) node.next.set(event, (child = { next: new Map() }));
      node = child;
    }
  }
  return root;
}

/**
 * Drives every path of the tree in one page visit: depth first, checking each step against the machine, and
 * returning to the branching step with the browser's Back button (itself checked each time). The running wizard
 * numbers the reader's own steps; the linked tree without its script shows the build's numbers.
 */
async function walk(page: Page, model: WizardModel, paths: string[][], { script = true } = {}): Promise<number> {
  let moves = 0;
  const visit = async (node: Walk, events: string[]): Promise<void> => {
    const here = model.statesFor(events).at(-1)!;
    for (const [event, child] of node.next) {
      const there = model.statesFor([...events, event]).at(-1)!;
      await choose(page, model, here, event);
      await expectStep(page, model, there, { number: script ? events.length + 2 : true });
      moves++;
      await visit(child, [...events, event]);
      await page.goBack();
      await expectStep(page, model, here, { number: false });
    }
  };
  await expectStep(page, model, model.graph.initial);
  await visit(prefixTree(paths), []);
  return moves;
}

/** The shortest path (xstate/graph) to every state, each followed by every option of that state. */
function everyChoicePaths(model: WizardModel): string[][] {
  return getShortestPaths(model.machine).flatMap((path) => {
    const events = eventsOf(path);
    const options = getStep(model.graph, String(path.state.value)).options;
    return [events, ...options.map((o) => [...events, o.event])];
  });
}

function transitionCount(model: WizardModel): number {
  return model.graph.steps.reduce((n, s) => n + s.options.length, 0);
}

for (const code of codes) {
  for (const { id, machine } of registry.all) {
    const model = new WizardModel(machine, code);

    test.describe(`${id} (${code})`, () => {
      test.describe('on a 360 px phone', () => {
        test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
        test('every step fits the screen without sideways scrolling', async ({ page }) => {
          await open(page, model.url);
          for (const step of model.graph.steps) {
            await page.goto(`${model.url}#${step.id}`);
            // An address that names an option of the step shown continues the reader's path, so its number is the
            // session's count, not the build's: the walks and the bookmark test check numbers.
            await expectStep(page, model, step.id, { number: false });
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect(overflow, `step ${step.id}`).toBeLessThanOrEqual(0);
          }
        });
      });

      test('every state by its shortest path, then every choice from it, with browser Back between', async ({
        page,
      }) => {
        await open(page, model.url);
        const moves = await walk(page, model, everyChoicePaths(model));
        expect(moves).toBeGreaterThanOrEqual(transitionCount(model));
      });

      test("loads its own machine, preloaded by the page, and no other troubleshooter's code", async ({ page }) => {
        const scripts: string[] = [];
        page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname)));
        await open(page, model.url);
        await page.waitForLoadState('networkidle');
        // A troubleshooter's chunk is named after its file: /_astro/<id>.<hash>.js.
        const chunksOf = (other: string) => scripts.filter((path) => path.startsWith(`/_astro/${other}.`));
        await expect(page.locator(`head link[rel="modulepreload"][href^="/_astro/${id}."]`)).toHaveCount(1);
        expect(chunksOf(id)).toHaveLength(1);
        for (const other of registry.all.filter((t) => t.id !== id)) expect(chunksOf(other.id), other.id).toEqual([]);
      });

      test('a bookmarked step opens at that step, and Start over goes to the first', async ({ page }) => {
        const depths = stepDepths(model.graph);
        const deepest = [...depths].sort((a, b) => b[1] - a[1])[0]![0];
        await open(page, `${model.url}#${deepest}`);
        await expectStep(page, model, deepest);
        await expect(page.getByRole('alert')).toHaveText('');
        await expect(page.getByRole('button', { name: model.common('back') })).toBeHidden();
        await page.getByRole('button', { name: model.common('startOver') }).click();
        await expectStep(page, model, model.graph.initial);
        await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toBeFocused();
      });

      test('an unknown step in the address starts over and says so', async ({ page }) => {
        await open(page, `${model.url}#no-such-step`);
        await expect(page.getByRole('alert')).toHaveText(model.common('unknownStep'));
        await expectStep(page, model, model.graph.initial);
        // The notice goes once the reader moves on.
        const first = getStep(model.graph, model.graph.initial).options[0]!;
        await choose(page, model, model.graph.initial, first.event);
        await expectStep(page, model, first.target);
        await expect(page.getByRole('alert')).toHaveText('');
        // A hash typed while the wizard runs is checked the same way.
        await page.evaluate(() => (location.hash = '#not-a-step-either'));
        await expect(page.getByRole('alert')).toHaveText(model.common('unknownStep'));
        await expectStep(page, model, model.graph.initial);
      });

      test('without JavaScript, every step is reached by following links from the first', async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(model.url);
        await expect(page.locator('slh-wizard > noscript > p')).toHaveText(model.common('noscript'));
        await expect(page.locator('slh-wizard > noscript > p')).toBeVisible();
        // The same walk as with the script: every state by a chain of links from the first, every link checked.
        const moves = await walk(page, model, everyChoicePaths(model), { script: false });
        expect(moves).toBeGreaterThanOrEqual(transitionCount(model));
        // A later step links back to the start.
        await choose(page, model, model.graph.initial, getStep(model.graph, model.graph.initial).options[0]!.event);
        await page.getByRole('link', { name: model.common('startOver'), exact: true }).click();
        await expectStep(page, model, model.graph.initial);
        await context.close();
      });

      test('has no axe violations with a step shown', async ({ page }) => {
        // A step reached by a choice: focus on its heading, its number announced. (The first step, as loaded,
        // is covered with every other page by accessibility.spec.ts.)
        await open(page, model.url);
        const first = getStep(model.graph, model.graph.initial).options[0]!;
        await choose(page, model, model.graph.initial, first.event);
        await expectStep(page, model, first.target);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  test.describe(`wizard controls (${code})`, () => {
    const model = new WizardModel(registry.get('cant-log-in').machine, code);
    // "Something else", the security card, all five steps, then "solved": the longest plain run through this wizard.
    const cardRun = ['answer.other', 'answer.card', 'step.done', 'step.done', 'step.done', 'step.done', 'outcome.yes'];

    test('Back and Start over buttons, and the browser buttons, move through the steps', async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      await open(page, model.url);
      await expect(page.getByRole('button', { name: model.common('back') })).toBeHidden();
      await expect(page.getByRole('button', { name: model.common('startOver') })).toBeHidden();
      const states = model.statesFor(cardRun.slice(0, 3));
      await drive(page, model, cardRun.slice(0, 3));

      const back = page.getByRole('button', { name: model.common('back') });
      await back.click();
      await expectStep(page, model, states[2]!);
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toBeFocused();
      await back.click();
      await expectStep(page, model, states[1]!);
      await page.goForward();
      await expectStep(page, model, states[2]!);
      await page.goBack();
      await expectStep(page, model, states[1]!);

      await page.getByRole('button', { name: model.common('startOver') }).click();
      await expectStep(page, model, model.graph.initial);
      await expect(back).toBeHidden();
      // Start over is a step of its own in the history: the browser's Back returns to where the reader was.
      await page.goBack();
      await expectStep(page, model, states[1]!);
      expect(errors).toEqual([]); // Includes Content-Security-Policy reports: nothing inline was blocked.
    });

    test('a reload resumes at the same step, and Back still knows the way', async ({ page }) => {
      await open(page, model.url);
      const at = await drive(page, model, cardRun.slice(0, 4));
      const before = model.statesFor(cardRun.slice(0, 3)).at(-1)!;
      await page.reload();
      await expectStep(page, model, at);
      await page.getByRole('button', { name: model.common('back') }).click();
      await expectStep(page, model, before);
    });

    test('the skip link is not mistaken for a step', async ({ page }) => {
      await open(page, model.url);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
      await expect(page).toHaveURL(/#main$/);
      await expect(page.getByRole('alert')).toHaveText('');
      await expect(currentStep(page)).toHaveAccessibleName(model.stepTitle(model.graph.initial));
    });

    test('has no axe violations with the unknown-step notice, and as a linked tree without its script', async ({
      page,
    }) => {
      await open(page, `${model.url}#no-such-step`);
      await expect(page.getByRole('alert')).toHaveText(model.common('unknownStep'));
      expect(await axeViolations(page)).toEqual([]);

      // An outcome step with its question, as the page is without its script. axe itself needs JavaScript, so
      // the page's own scripts are blocked rather than JavaScript turned off.
      await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
      await page.goto('about:blank'); // A fresh load, not a hash change on the running wizard.
      const outcome = model.graph.steps.find((s) => s.kind === 'outcome' && s.embed)!;
      await page.goto(`${model.url}#${outcome.id}`);
      await expectStep(page, model, outcome.id);
      await expect(page.locator('slh-wizard')).not.toHaveAttribute('data-live');
      expect(await axeViolations(page)).toEqual([]);
    });

    test.describe('on a 360 px phone', () => {
      test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

      test('a step fits the screen and its choices are big enough to tap', async ({ page }) => {
        await open(page, `${model.url}#card-problems`);
        await expectStep(page, model, 'card-problems');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        for (const option of await currentStep(page).getByRole('link').all()) {
          const box = (await option.boundingBox())!;
          expect(box.height).toBeGreaterThanOrEqual(44);
          expect(box.x + box.width).toBeLessThanOrEqual(360);
        }
      });
    });

    test('"Step N" counts the reader\'s own steps, also on a longer way round', async ({ page }) => {
      // Refused details, still refused, sure they are right: Client Services on the fourth step, where the fewest
      // choices (the "invalid characters" answer) would make it the third.
      const run = ['answer.credentials', 'outcome.no', 'answer.sure'];
      await open(page, model.url);
      const end = await drive(page, model, run); // checks Step 1 to Step 4 on the way
      expect(model.stepOf(end)).not.toBe(model.stepNumber(run.length + 1));
    });

    test('a full run by keyboard alone', async ({ page }) => {
      const heading = page.getByRole('main').getByRole('heading', { level: 2 });
      /** Tabs forward until the element with this accessible name has focus, then presses the key. */
      const press = async (name: string, key = 'Enter') => {
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab');
          const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
          if (focused === name) return page.keyboard.press(key);
        }
        throw new Error(`"${name}" never got focus`);
      };

      await open(page, model.url);
      const states = model.statesFor(cardRun);
      for (const [i, event] of cardRun.entries()) {
        await press(model.label(states[i]!, event));
        await expectStep(page, model, states[i + 1]!, { number: i + 2 });
        await expect(heading).toBeFocused();
      }
      await press(model.common('back'));
      await expectStep(page, model, states.at(-2)!, { number: cardRun.length });
      await expect(heading).toBeFocused();
      await press(model.common('startOver'), 'Space');
      await expectStep(page, model, model.graph.initial);
      await expect(heading).toBeFocused();
    });
  });

  test.describe(`the hand-off summary (${code})`, () => {
    const model = new WizardModel(registry.get('cant-log-in').machine, code);
    // A long way to a hand-over: "Something else", the security card's five steps with the practice card beside them,
    // the response refused, its checks, and no card problem on the list: Client Services.
    const longRun = [
      'answer.other',
      'answer.card',
      'step.done',
      'step.done',
      'step.done',
      'step.done',
      'outcome.no',
      'answer.responseRejected',
      'outcome.no',
      'answer.other',
    ];
    // A short one, for the keyboard: the code isn't accepted, IBKR Mobile, iPhone, still stuck, nothing changed.
    const shortRun = ['answer.codeRejected', 'answer.app', 'answer.ios', 'outcome.no', 'answer.nothingChanged'];
    const translated = code !== 'en';
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    const summaryOf = (page: Page) => page.getByRole('group', { name: model.common('summary.title') });
    /** The summary's lists: the page's language first, then the English one on a translated page. */
    const lists = (page: Page) => summaryOf(page).getByRole('list');

    test('lists exactly the answers given, in order, in this language and in English, and copies them', async ({
      page,
    }) => {
      await open(page, model.url);
      // Made-up details typed into the practice login screen on the way never reach the summary.
      await drive(page, model, longRun.slice(0, 2));
      const practice = page.getByRole('region', { name: practiceLoginName(code) });
      await practice.getByRole('textbox', { name: practiceUserLabel(code) }).fill('pat.summary');
      const end = await drive(page, model, longRun.slice(2), longRun.slice(0, 2));
      expect(model.handovers).toContain(end);

      const expected = model.handoverSummary(longRun);
      await expect(summaryOf(page)).toBeVisible();
      await expect(lists(page).first().getByRole('listitem')).toHaveText(expected.lines);
      await expect(summaryOf(page)).toContainText(model.common('summary.ended', { title: model.stepTitle(end) }));
      const english = model.handoverSummary(longRun, 'en');
      if (translated) {
        await expect(lists(page)).toHaveCount(2);
        await expect(lists(page).nth(1).getByRole('listitem')).toHaveText(english.lines);
        await expect(summaryOf(page).locator('[lang="en"]')).toContainText(english.lines[0]!);
      } else {
        await expect(lists(page)).toHaveCount(1);
      }

      await summaryOf(page)
        .getByRole('button', { name: model.common('summary.copy') })
        .click();
      await expect(summaryOf(page).getByRole('status')).toHaveText(model.common('summary.copied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(translated ? `${expected.text}\n\n${english.text}` : expected.text);
      expect(copied).not.toContain('pat.summary');
      await expect(summaryOf(page)).not.toContainText('pat.summary');
      expect(await axeViolations(page)).toEqual([]);
    });

    test('keeps the summary on a reload, and shows none for a bookmarked hand-over', async ({ page }) => {
      await open(page, model.url);
      await drive(page, model, shortRun);
      await page.reload();
      await expect(lists(page).first().getByRole('listitem')).toHaveText(model.handoverSummary(shortRun).lines);
      await open(page, `${model.url}#${model.statesFor(shortRun).at(-1)}`);
      await page.reload();
      await expect(page.getByRole('region', { name: model.common('handover.title') })).toBeVisible();
      await expect(summaryOf(page)).toHaveCount(0);
    });

    test('by keyboard alone: reach a hand-over, copy the summary, and hear that it was copied', async ({ page }) => {
      /** Tabs forward until the element with this accessible name has focus, then presses the key. */
      const press = async (name: string, key = 'Enter') => {
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
          if (focused === name) return page.keyboard.press(key);
        }
        throw new Error(`"${name}" never got focus`);
      };
      await open(page, model.url);
      const states = model.statesFor(shortRun);
      for (const [i, event] of shortRun.entries()) {
        await press(model.label(states[i]!, event));
        await expectStep(page, model, states[i + 1]!, { number: i + 2 });
      }
      await press(model.common('summary.copy'));
      await expect(summaryOf(page).getByRole('status')).toHaveText(model.common('summary.copied'));
      await expect(summaryOf(page).getByRole('button', { name: model.common('summary.copy') })).toBeFocused();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
        model.handoverSummary(shortRun).lines.at(-1),
      );
      await press(model.common('summary.copy'), 'Space'); // A second copy is announced again.
      await expect(summaryOf(page).getByRole('status')).toHaveText(model.common('summary.copied'));
    });

    test('prints the hand-over step with its summary, without the other steps or the buttons', async ({ page }) => {
      await open(page, model.url);
      await drive(page, model, shortRun);
      await page.emulateMedia({ media: 'print' });
      await expect(summaryOf(page)).toBeVisible();
      await expect(summaryOf(page).getByRole('button')).toBeHidden();
      await expect(page.getByRole('main').getByRole('region')).toHaveText([
        new RegExp(model.stepTitle(model.statesFor(shortRun).at(-1)!)),
        new RegExp(model.common('handover.title')),
      ]);
    });

    test('without JavaScript, a hand-over says how to call and what to have ready, with no summary', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const end = model.statesFor(shortRun).at(-1)!;
      await page.goto(`${model.url}#${end}`);
      await expectStep(page, model, end);
      const handover = page.getByRole('region', { name: model.common('handover.title') });
      await expect(handover.getByRole('heading', { name: uiContact(code).readyTitle })).toBeVisible();
      await expect(handover.getByRole('link', { name: new RegExp(uiContact(code).officialLink) })).toBeVisible();
      await expect(handover.getByRole('group')).toHaveCount(0);
      await context.close();
    });
  });

  test.describe(`ways into the troubleshooters (${code})`, () => {
    test('every troubleshooter the site has is walked by this spec', () => {
      const built = sitemapPaths().flatMap((path) => {
        const id = new RegExp(`^/${code}/wizards/([^/]+)/$`).exec(path)?.[1];
        return id ? [id] : [];
      });
      expect(registry.all.map((t) => t.id).sort()).toEqual(built.sort());
    });

    test('the index lists every troubleshooter with its summary', async ({ page }) => {
      await page.goto(`/${code}/wizards/`);
      const models = registry.all.map(({ machine }) => new WizardModel(machine, code));
      for (const model of models) {
        await expect(page.getByRole('link', { name: model.title, exact: true })).toHaveAttribute('href', model.url);
        await expect(page.getByText(model.summary, { exact: true })).toBeVisible();
      }
      // In the registry's order.
      await expect(page.getByRole('main').getByRole('listitem').getByRole('link')).toHaveText(
        models.map((m) => m.title),
      );
      const first = new WizardModel(registry.all[0]!.machine, code);
      await page.getByRole('link', { name: first.title, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
      await expectStep(page, first, first.graph.initial);
    });

    test('an article that a troubleshooter uses links back to it', async ({ page }) => {
      const model = new WizardModel(registry.get('cant-log-in').machine, code);
      await page.goto(`/${code}/articles/digital-security-card-login/`);
      const box = page.getByRole('region', { name: model.common('relatedTitle') });
      await box.getByRole('link', { name: model.title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${model.url}$`));
      await expectStep(page, model, model.graph.initial);
    });
  });
}

test.describe('the practice card inside the login troubleshooter', () => {
  for (const [lang, regionName] of [
    ['en', 'Digital Security Card+ simulator'],
    ['it', 'Simulatore della Digital Security Card+'],
  ] as const) {
    test(`the security-card step lets the reader rehearse on the live card (${lang})`, async ({ page }) => {
      await open(page, `/${lang}/wizards/cant-log-in/#card-credentials`);
      const card = page.getByRole('region', { name: regionName });
      await expect(card).toBeVisible();
      await card.getByRole('button', { name: 'press', exact: true }).click();
      await expect(card.getByRole('status')).toContainText('PIN>');
      for (const digit of '1234') await card.getByRole('button', { name: digit, exact: true }).click();
      await card.getByRole('button', { name: 'OK', exact: true }).click();
      await expect(card.getByRole('status')).toContainText('CHALLNG>');
    });

    test(`the same card stays beside the next security-card steps, as the reader left it (${lang})`, async ({
      page,
    }) => {
      const model = new WizardModel(registry.get('cant-log-in').machine, lang);
      await open(page, `${model.url}#card-credentials`);
      const card = page.getByRole('region', { name: regionName });
      await card.getByRole('button', { name: 'press', exact: true }).click();
      await expect(card.getByRole('status')).toContainText('PIN>');
      for (const [from, to] of [
        ['card-credentials', 'card-pin'],
        ['card-pin', 'card-challenge'],
        ['card-challenge', 'card-read-response'],
        ['card-read-response', 'card-enter-response'],
      ] as const) {
        await choose(page, model, from, 'step.done');
        await expectStep(page, model, to);
        await expect(card).toBeVisible();
        await expect(card.getByRole('status')).toContainText('PIN>');
      }
      // A step without the card hides it.
      await choose(page, model, 'card-enter-response', 'outcome.yes');
      await expect(card).toBeHidden();
    });
  }
});
