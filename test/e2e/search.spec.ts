// Finding the fix by typing: troubleshooters first for a symptom, the practice page and articles with their kind,
// readers' own words (synonyms), the other language's pages when this one has none, and the keyboard.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';

type Json = { [key: string]: string | Json };
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
const lookup = (json: Json, key: string) =>
  key.split('.').reduce<Json | string>((node, part) => (node as Json)[part]!, json) as string;
const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** What the reader sees for a page in a locale's search results: its kind's label and its title. */
function expectedResult(lang: string, target: string): { name: string; path: string } {
  const ui = read(`content/locales/${lang}/ui.json`);
  const kind = (k: string) => lookup(ui, `search.kinds.${k}`);
  const [type, id] = target.split('/') as [string, string];
  if (type === 'wizards') {
    const title = lookup(read(`content/locales/${lang}/wizards.json`), `${camel(id)}.title`);
    return { name: `${kind('troubleshooter')} ${title}`, path: `/${lang}/wizards/${id}/` };
  }
  if (type === 'practice') {
    const title = lookup(read(`content/locales/${lang}/simulator.json`), 'practice.title');
    return { name: `${kind('practice')} ${title}`, path: `/${lang}/practice/${id}/` };
  }
  const { data } = splitFrontmatter(readFileSync(`content/articles/${lang}/${id}.mdx`, 'utf8'));
  return { name: `${kind('article')} ${(data as { title: string }).title}`, path: `/${lang}/articles/${id}/` };
}

/** Slugs of the Italian articles whose frontmatter lists the value under the field (products, methods). */
function italianArticlesWith(field: 'products' | 'methods', value: string): string[] {
  const dir = 'content/articles/it';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) =>
      ((splitFrontmatter(readFileSync(`${dir}/${f}`, 'utf8')).data as Record<string, string[]>)[field] ?? []).includes(
        value,
      ),
    )
    .map((f) => f.replace(/\.mdx$/, ''));
}

const locales = {
  en: { box: 'Search the help center', results: 'Search results', found: /results? found/ },
  it: { box: 'Cerca nel centro assistenza', results: 'Risultati della ricerca', found: /risultat[oi] trovat[oi]/ },
} as const;

/** Types a query into the header's search box and waits until the status line has the answer. */
async function search(page: Page, lang: keyof typeof locales, query: string) {
  const box = page.getByRole('banner').getByRole('combobox', { name: locales[lang].box });
  await box.fill(query);
  const status = page.getByRole('banner').getByRole('status');
  await expect(status).not.toHaveText(/^$|…$/);
  return { box, status, listbox: page.getByRole('banner').getByRole('listbox', { name: locales[lang].results }) };
}

/** The paths of the result options in the page's own language (not another language's, not the offered ones). */
async function resultPaths(page: Page, lang: keyof typeof locales): Promise<string[]> {
  const { listbox } = { listbox: page.getByRole('banner').getByRole('listbox', { name: locales[lang].results }) };
  const options = listbox.locator('[data-found]').getByRole('option');
  await expect(options.first()).toBeVisible();
  return options.evaluateAll((os) => os.map((o) => (o as HTMLAnchorElement).pathname));
}

// What customers type, in their own language, and the page that should come first: the troubleshooter for a symptom,
// the practice page for rehearsing, otherwise the article that answers it. Several use readers' words that the pages
// do not (OTP, 2FA, token, text, chiavetta, telefonata ...), which the locale's synonyms turn into the pages' words.
const firstResults: Record<keyof typeof locales, [string, string][]> = {
  en: [
    ['sms not arriving', 'wizards/sms-code'],
    ["didn't get the text", 'wizards/sms-code'],
    ['OTP not received', 'wizards/sms-code'],
    ['text message', 'wizards/sms-code'],
    ['abroad', 'wizards/sms-code'],
    ["can't log in", 'wizards/cant-log-in'],
    ['cannot log in', 'wizards/cant-log-in'],
    ['locked out', 'wizards/cant-log-in'],
    ['unable to sign in', 'wizards/cant-log-in'],
    ['lost phone', 'wizards/recover-ib-key'],
    ['new phone', 'wizards/recover-ib-key'],
    ['reinstalled the app', 'wizards/recover-ib-key'],
    ['authenticator new phone', 'wizards/recover-ib-key'],
    ['switch to IBKR Mobile', 'wizards/move-to-ibkr-mobile'],
    ['old IB Key app', 'wizards/move-to-ibkr-mobile'],
    ['practice', 'practice/security-card'],
    ['simulator', 'practice/security-card'],
    ['security card', 'articles/digital-security-card-login'],
    ['token', 'articles/digital-security-card-login'],
    ['voice call', 'articles/voice-callback'],
    ['phone call', 'articles/voice-callback'],
    ['no notification', 'articles/ibkr-mobile-notification-missing'],
    ['challenge response', 'articles/ibkr-mobile-notification-missing'],
    ['verify mobile number', 'articles/sms-two-factor'],
    ['which 2FA do I have', 'articles/choose-two-factor-method'],
    ['trading device', 'articles/authentication-and-trading-device'],
  ],
  it: [
    ['non ricevo il codice', 'wizards/sms-code'],
    ['SMS non arriva', 'wizards/sms-code'],
    ['non mi arriva il messaggio', 'wizards/sms-code'],
    ['codice OTP non arriva', 'wizards/sms-code'],
    ['codice usa e getta non arriva', 'wizards/sms-code'],
    ["all'estero", 'wizards/sms-code'],
    ['non riesco ad accedere', 'wizards/cant-log-in'],
    ['non riesco a entrare', 'wizards/cant-log-in'],
    ['accesso bloccato', 'wizards/cant-log-in'],
    ['telefono nuovo', 'wizards/recover-ib-key'],
    ['ho perso il telefono', 'wizards/recover-ib-key'],
    ['telefono rubato', 'wizards/recover-ib-key'],
    ['app reinstallata', 'wizards/recover-ib-key'],
    ['passare a IBKR Mobile', 'wizards/move-to-ibkr-mobile'],
    ['vecchia app IB Key', 'wizards/move-to-ibkr-mobile'],
    ['esercitarsi', 'practice/security-card'],
    ['simulatore', 'practice/security-card'],
    ['chiavetta', 'articles/digital-security-card-login'],
    ['token', 'articles/digital-security-card-login'],
    ['chiamata vocale', 'articles/voice-callback'],
    ['telefonata', 'articles/voice-callback'],
    ['notifica non arriva', 'articles/ibkr-mobile-notification-missing'],
    ['attivare gli SMS', 'articles/sms-two-factor'],
    ['autenticazione a due fattori', 'articles/choose-two-factor-method'],
    ['2FA', 'articles/choose-two-factor-method'],
    ['dispositivo di autenticazione', 'articles/authentication-and-trading-device'],
  ],
};

for (const [lang, rows] of Object.entries(firstResults) as [keyof typeof locales, [string, string][]][]) {
  test.describe(`what customers type in ${lang}`, () => {
    for (const [query, target] of rows) {
      const expected = expectedResult(lang, target);
      test(`"${query}" puts ${target} first`, async ({ page }) => {
        // The reader opens the home page in their language and types their words into the search box ...
        await page.goto(`/${lang}/`);
        const { status, listbox } = await search(page, lang, query);
        await expect(status).toHaveText(locales[lang].found);
        // ... and the page that answers it is the first result, labelled with its kind.
        const first = listbox.getByRole('option').first();
        await expect(first).toHaveAccessibleName(expected.name);
        await expect(first).toHaveAttribute('href', expected.path);
      });
    }
  });
}

// Everyday words for the situations the newer articles cover. A troubleshooter may come first; the article that
// answers it has to be among the first three results. "card PIN" is answered by two articles (logging in with the
// card asks for it, replacing the card is where it is changed or reset), so both have to be in the first three.
const inTopThree: Record<keyof typeof locales, [string, string][]> = {
  en: [
    ['locked out', 'password-and-user-name'],
    ['locked out', 'temporary-access'],
    ['temporary code', 'temporary-access'],
    ['online security code card', 'temporary-access'],
    ['forgot my password', 'password-and-user-name'],
    ['forgot user name', 'password-and-user-name'],
    ['invalid characters', 'password-and-user-name'],
    ['travelling abroad', 'before-you-travel'],
    ['replace lost security card', 'replace-security-card'],
    ['change card PIN', 'replace-security-card'],
    ['card PIN', 'digital-security-card-login'],
    ['card PIN', 'replace-security-card'],
  ],
  it: [
    ['bloccato', 'password-and-user-name'],
    ['bloccato', 'temporary-access'],
    ['codice temporaneo', 'temporary-access'],
    ['password dimenticata', 'password-and-user-name'],
    ['carattere errato', 'password-and-user-name'],
    ["viaggio all'estero", 'before-you-travel'],
    ['sostituire la carta', 'replace-security-card'],
    ['cambiare il PIN', 'replace-security-card'],
    ['carta persa', 'replace-security-card'],
    ['PIN della carta', 'digital-security-card-login'],
    ['PIN della carta', 'replace-security-card'],
  ],
};

for (const [lang, rows] of Object.entries(inTopThree) as [keyof typeof locales, [string, string][]][]) {
  test.describe(`articles for everyday words in ${lang}`, () => {
    for (const [query, slug] of rows) {
      test(`"${query}" has ${slug} in the first three`, async ({ page }) => {
        await page.goto(`/${lang}/`);
        await search(page, lang, query);
        expect((await resultPaths(page, lang)).slice(0, 3)).toContain(`/${lang}/articles/${slug}/`);
      });
    }
  });
}

test.describe('results', () => {
  test('a search on the Italian home lists Italian pages, each with a visible kind label', async ({ page }) => {
    await page.goto('/it/');
    await search(page, 'it', 'codice');
    const paths = await resultPaths(page, 'it');
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) expect(path).toMatch(/^\/it\/(articles|wizards|practice)\//);
    const labels = await page
      .getByRole('banner')
      .locator('[data-found] .kind')
      .evaluateAll((ls) => ls.map((l) => (l as HTMLElement).innerText));
    expect(new Set(labels)).toEqual(new Set(['Percorso guidato', 'Articolo']));
  });

  test('troubleshooters show their search summary, articles an excerpt of the words found', async ({ page }) => {
    await page.goto('/en/');
    const { listbox } = await search(page, 'en', 'sms not arriving');
    const summary = lookup(read('content/locales/en/search.json'), 'troubleshooters.smsCode.summary');
    await expect(listbox.getByRole('option').first()).toHaveAccessibleDescription(summary);
    await expect(listbox.getByRole('option').nth(1).locator('mark').first()).toBeVisible();
  });

  test('filters narrow the results', async ({ page }) => {
    await page.goto('/en/');
    const { status } = await search(page, 'en', 'code');
    const count = async () => Number(/^(\d+) results? found/.exec((await status.textContent()) ?? '')?.[1] ?? NaN);
    const before = await count();
    await page.getByText('Narrow the results').click();
    await page.getByRole('combobox', { name: 'Topic' }).selectOption('voice-callback');
    await expect.poll(count).toBeLessThan(before);
  });

  test('a troubleshooter carries the filters of the articles it leads to', async ({ page }) => {
    await page.goto('/en/');
    await search(page, 'en', 'sms');
    await page.getByText('Narrow the results').click();
    const listbox = page.getByRole('banner').getByRole('listbox', { name: 'Search results' });
    await page.getByRole('combobox', { name: 'Login method' }).selectOption('voice');
    await expect(listbox.getByRole('option').first()).toHaveAttribute('href', '/en/wizards/sms-code/');
    // Nothing it leads to is about moving to IBKR Mobile.
    await page.getByRole('combobox', { name: 'Login method' }).selectOption('');
    await page.getByRole('combobox', { name: 'Topic' }).selectOption('migration');
    await expect(listbox.locator('[data-found]').getByRole('option', { name: /SMS code/ })).toHaveCount(0);
  });

  for (const [label, field, value] of [
    ['Piattaforma', 'products', 'webtrader'],
    ['Metodo di accesso', 'methods', 'security-card'],
  ] as const) {
    test(`the ${label} filter keeps only the articles about ${value}`, async ({ page }) => {
      await page.goto('/it/');
      await search(page, 'it', 'codice');
      const articles = async () => (await resultPaths(page, 'it')).filter((p) => p.startsWith('/it/articles/'));
      const everything = await articles();
      const allowed = italianArticlesWith(field, value).map((slug) => `/it/articles/${slug}/`);
      expect(
        everything.some((path) => !allowed.includes(path)),
        'the query finds articles the filter drops',
      ).toBe(true);
      await page.getByText('Restringi i risultati').click();
      await page.getByRole('combobox', { name: label }).selectOption(value);
      await expect.poll(async () => (await articles()).every((path) => allowed.includes(path))).toBe(true);
      // Every article the query found that the filter allows is still there (the list has room for them all).
      const filtered = await articles();
      for (const path of everything.filter((p) => allowed.includes(p))) expect(filtered).toContain(path);
    });
  }

  test('an article page loads no search code until the reader uses search', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const searchFiles = () => fetched.filter((p) => p.includes('pagefind') || p.includes('search-synonyms'));
    await page.goto('/en/articles/voice-callback/');
    await page.waitForLoadState('networkidle');
    expect(searchFiles()).toEqual([]);
    // Tabbing onto the box is not using it: a keyboard user may only be passing through.
    const box = page.getByRole('combobox', { name: 'Search the help center' });
    await box.focus();
    await page.waitForTimeout(500);
    expect(searchFiles()).toEqual([]);
    await box.press('s');
    await expect
      .poll(() => searchFiles())
      .toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/en/search-synonyms.json']));
    await box.pressSequentially('ms');
    await expect(page.getByRole('status').filter({ hasText: /found/ })).toBeVisible();
  });

  test('the search page reads the query from the address', async ({ page }) => {
    await page.goto('/it/search/?q=SMS');
    await expect(
      page
        .getByRole('main')
        .getByRole('status')
        .filter({ hasText: /trovat/ }),
    ).toBeVisible();
  });
});

test.describe('nothing found', () => {
  test('in no language: the status says so and the troubleshooters and the contact page are offered', async ({
    page,
  }) => {
    await page.goto('/en/');
    const { status, listbox } = await search(page, 'en', 'xyzzy');
    await expect(status).toHaveText('Nothing matches “xyzzy”. Try other words, or start from one of these:');
    const offered = listbox.getByRole('group', { name: 'Troubleshooters and support' });
    const wizards = read('content/locales/en/wizards.json');
    for (const key of ['cantLogIn', 'smsCode', 'moveToIbkrMobile', 'recoverIbKey']) {
      await expect(
        offered.getByRole('option', { name: `Troubleshooter ${lookup(wizards, `${key}.title`)}` }),
      ).toBeVisible();
    }
    await expect(offered.getByRole('option', { name: 'Contact support' })).toHaveAttribute('href', '/en/contact/');
    await expect(listbox.locator('[data-found]').getByRole('option')).toHaveCount(0);
  });

  test('in Italian but not in English: the English page offers the Italian pages, labelled as Italian', async ({
    page,
  }) => {
    await page.goto('/en/');
    const { status, listbox } = await search(page, 'en', 'non riesco ad accedere');
    await expect(status).toHaveText('Nothing in English matches “non riesco ad accedere”, but pages in Italian do.');
    const italian = listbox.getByRole('group', { name: 'Pages in Italian' });
    const first = italian.getByRole('option').first();
    // The kind is labelled in English, the page's language; the title is Italian and says so.
    await expect(first).toHaveAccessibleName('Troubleshooter Non riesco ad accedere');
    await expect(first).toHaveAttribute('href', '/it/wizards/cant-log-in/');
    await expect(first).toHaveAttribute('lang', 'it');
    await expect(first).toHaveAttribute('hreflang', 'it');
    await expect(first.locator('.kind')).toHaveAttribute('lang', 'en');
    // ... and the English troubleshooters stay on offer.
    await expect(listbox.getByRole('group', { name: 'Troubleshooters and support' })).toBeVisible();
  });

  test('in English but not in Italian: the Italian page offers the English pages, labelled as English', async ({
    page,
  }) => {
    await page.goto('/it/');
    const { status, listbox } = await search(page, 'it', "can't log in");
    await expect(status).toHaveText(
      "Nessuna pagina in italiano corrisponde a «can't log in», ma ci sono pagine in inglese.",
    );
    const english = listbox.getByRole('group', { name: 'Pagine in inglese' });
    const first = english.getByRole('option').first();
    await expect(first).toHaveAccessibleName("Percorso guidato I can't log in");
    await expect(first).toHaveAttribute('href', '/en/wizards/cant-log-in/');
    await expect(first).toHaveAttribute('hreflang', 'en');
    await expect(listbox.getByRole('group', { name: 'Percorsi guidati e assistenza' })).toBeVisible();
    // Choosing it opens the English page.
    await first.click();
    await expect(page).toHaveURL(/\/en\/wizards\/cant-log-in\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a very long query is searched, and the status line repeats only a short slice of it', async ({ page }) => {
    await page.goto('/en/');
    const query = Array.from({ length: 400 }, (_, i) => `zzq${i}`).join(' ');
    const { status, listbox } = await search(page, 'en', query);
    const text = (await status.textContent()) ?? '';
    const echoed = /“(.*)”/.exec(text)?.[1] ?? '';
    expect(echoed.length).toBeLessThanOrEqual(40);
    expect(echoed.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThan(200);
    await expect(listbox.getByRole('group', { name: 'Troubleshooters and support' })).toBeVisible();
  });
});

test.describe('the keyboard', () => {
  test('Arrow Down and Up move through the results, Escape closes them, Enter opens one', async ({ page }) => {
    await page.goto('/en/articles/voice-callback/');
    const { box, status, listbox } = await search(page, 'en', 'lost phone');
    await expect(status).toHaveText(/results? found/);
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = listbox.getByRole('option');
    const first = options.nth(0);
    const second = options.nth(1);

    // Focus stays in the box; the highlighted result is its active descendant, which screen readers announce.
    await box.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await expect(box).toBeFocused();
    await box.press('ArrowDown');
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await box.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    // Up from the first goes round to the last.
    await box.press('ArrowUp');
    await expect(options.last()).toHaveAttribute('aria-selected', 'true');

    // Escape closes the list and leaves the reader in the box with their words.
    await box.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).not.toHaveAttribute('aria-activedescendant');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('lost phone');

    // Arrow Down opens it again on the first result, and Enter opens that page.
    await box.press('ArrowDown');
    await expect(listbox).toBeVisible();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/wizards\/recover-ib-key\/$/);
  });

  test('typing again forgets the highlighted result', async ({ page }) => {
    await page.goto('/it/');
    const { box, listbox } = await search(page, 'it', 'telefono');
    await box.press('ArrowDown');
    await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await box.press('End');
    await box.pressSequentially(' nuovo');
    await expect(box).not.toHaveAttribute('aria-activedescendant');
    await expect(listbox.getByRole('option', { selected: true })).toHaveCount(0);
  });

  test('the results of the offered troubleshooters are reached the same way', async ({ page }) => {
    await page.goto('/en/');
    const { box } = await search(page, 'en', 'xyzzy');
    for (let i = 0; i < 5; i++) await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/en\/contact\/$/);
  });

  test('no single key jumps to the search box: typed letters stay where the reader is', async ({ page }) => {
    await page.goto('/en/articles/voice-callback/');
    await page.locator('body').press('/');
    await page.locator('body').press('s');
    await page.locator('body').press('k');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  });
});
