// A reader arrives: the right language, links between languages, and a phone-sized screen.
import { test, expect } from '@playwright/test';

test.describe('home pages', () => {
  test('the English home speaks English', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help with two-factor login');
    await expect(page.getByRole('link', { name: 'Start a troubleshooter' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the practice card' })).toBeVisible();
  });

  test('the Italian home speaks Italian', async ({ page }) => {
    await page.goto('/it/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Aiuto per l'accesso a due fattori");
    await expect(page.getByRole('link', { name: 'Avvia un percorso guidato' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sfoglia per argomento' })).toBeVisible();
  });

  test('the language-neutral root sends an Italian browser to /it/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/it\/$/);
    await context.close();
  });

  test('the root falls back to English for a language we do not have', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });

  test('the root offers both languages as plain links without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await expect(page.getByRole('link', { name: 'Italiano' })).toHaveAttribute('href', '/it/');
    await context.close();
  });
});

test.describe('language switcher', () => {
  test('goes from an English article to the same article in Italian and back', async ({ page }) => {
    await page.goto('/en/articles/voice-callback/');
    const english = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'Italiano' }).click();
    await expect(page).toHaveURL(/\/it\/articles\/voice-callback\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    const italian = await page.getByRole('heading', { level: 1 }).textContent();
    expect(italian).not.toBe(english);
    await page.getByRole('navigation', { name: 'Lingue' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/articles\/voice-callback\/$/);
  });

  test('every page declares its other-language alternate', async ({ page }) => {
    await page.goto('/it/topics/sms/');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/topics\/sms\/$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/it\/topics\/sms\/$/);
  });
});

test.describe('not found', () => {
  test('an unknown Italian address gives the Italian 404', async ({ page }) => {
    const response = await page.goto('/it/articoli/non-esiste/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina non trovata');
    await expect(page.getByRole('link', { name: 'Torna alla home del centro assistenza' })).toHaveAttribute(
      'href',
      '/it/',
    );
  });

  test('an unknown English address gives the English 404', async ({ page }) => {
    const response = await page.goto('/en/nothing-here/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test("an address outside any language gives a 404 in every language, with each language's search page", async ({
    page,
  }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pagina non trovata' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Search the help center' })).toHaveAttribute('href', '/en/search/');
    await expect(page.getByRole('link', { name: 'Cerca nel centro assistenza' })).toHaveAttribute(
      'href',
      '/it/search/',
    );
  });

  const notFoundSearch = [
    {
      locale: 'en',
      path: '/en/nothing-here/',
      sentence: 'Or search for what you need:',
      name: 'Search the help center',
      query: 'sms',
      found: /results? found/,
      results: 'Search results',
    },
    {
      locale: 'it',
      path: '/it/articoli/non-esiste/',
      sentence: 'Oppure cerca quello che ti serve:',
      name: 'Cerca nel centro assistenza',
      query: 'codice',
      found: /risultat[oi] trovat[oi]/,
      results: 'Risultati della ricerca',
    },
  ] as const;
  for (const { locale, path, sentence, name, query, found, results } of notFoundSearch) {
    test(`the ${locale} 404 page ends with the search box its last sentence announces, and it finds pages`, async ({
      page,
    }) => {
      await page.goto(path);
      const main = page.getByRole('main');
      await expect(main.getByText(sentence)).toBeVisible();
      const form = main.getByRole('search', { name });
      await expect(form).toBeVisible();
      // The form comes right after the sentence, at the end of the page's content.
      expect(
        await main
          .getByText(sentence)
          .evaluate((p) => p.nextElementSibling?.querySelector('form[role="search"]') !== null),
      ).toBe(true);
      await form.getByRole('combobox', { name }).fill(query);
      await expect(main.getByRole('status').filter({ hasText: found })).toBeVisible();
      await expect(main.getByRole('listbox', { name: results }).getByRole('option').first()).toHaveAttribute(
        'href',
        new RegExp(`^/${locale}/(articles|wizards)/`),
      );
    });
  }
});

test.describe('the footer', () => {
  // The practice form asks for a user name and password, so the footer's "never asks" must name it as the exception.
  for (const [path, note] of [
    [
      '/en/practice/security-card/',
      'This help center never asks for your real user name, password, PIN or codes. The practice pages ask only for made-up ones.',
    ],
    [
      '/it/practice/security-card/',
      'Questo centro assistenza non ti chiede mai il tuo vero nome utente, la password, il PIN o i codici. Le pagine di prova ti chiedono solo dati inventati.',
    ],
  ] as const) {
    test(`on ${path} the safety note makes the practice pages' made-up values the exception`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('contentinfo')).toContainText(note);
    });
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const path of ['/en/', '/it/', '/it/articles/digital-security-card-login/', '/en/topics/security-card/']) {
    test(`${path} fits the screen and stays usable`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const search = page.getByRole('combobox', { name: /Search the help center|Cerca nel centro assistenza/ }).first();
      await expect(search).toBeVisible();
      const box = await search.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    });
  }
});
