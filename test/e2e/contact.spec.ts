// A reader who needs Client Services, in both languages: the contact page says that login help is by phone only, links
// to IBKR's official contact page as an outside link, says what to have ready and do on the call, and warns about
// people who ask for codes; it prints no phone number and has nothing to type into. A troubleshooter's hand-over
// leads there too.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { locales } from '../../src/i18n/locales.ts';
import { registry } from './troubleshooters-on-disk.ts';
import { WizardModel } from './wizard-model.ts';

type Json = { [key: string]: string | Json };
const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8')) as Json;
const officialPages = (read('site.json')['contact'] as Json)['officialPage'] as Record<string, string>;

for (const { code } of locales) {
  const contact = read(`locales/${code}/ui.json`)['contact'] as Record<string, string>;
  const text = (key: string) => contact[key]!;

  test.describe(`the contact page (${code})`, () => {
    test('says login help is by phone only and links to IBKR’s official contact page as an outside link', async ({
      page,
    }) => {
      await page.goto(`/${code}/contact/`);
      const main = page.getByRole('main');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('title'));
      await expect(main).toContainText(text('intro'));
      const official = officialPages[code] ?? officialPages['en']!;
      const link = main.getByRole('link', { name: new RegExp(`^${text('officialLink')}.*${text('external')}$`) });
      await expect(link).toHaveAttribute('href', official);
      await expect(link).toHaveAttribute('rel', /noopener/);
      await expect(link).toContainText(new URL(official).host);
      // The official page is a contact page, never a login form, and IBKR's own.
      expect(official).toMatch(/^https:\/\/www\.(ibkr\.com|interactivebrokers\.[a-z.]+)\/.*support/);
      expect(official).not.toMatch(/login|sso|portal/i);
    });

    test('says what to have ready, what to do on the call, that a ticket is not the way, and how to stay safe', async ({
      page,
    }) => {
      await page.goto(`/${code}/contact/`);
      const main = page.getByRole('main');
      const ready = main.getByRole('heading', { name: text('readyTitle') });
      await expect(ready).toBeVisible();
      for (const key of ['readyAccount', 'readyDevice', 'readyTried', 'callAccount', 'callOption', 'callIdentity']) {
        await expect(main.getByRole('listitem').filter({ hasText: text(key) })).toHaveCount(1);
      }
      await expect(main).toContainText(text('ticket'));
      await expect(main).toContainText(text('hours'));
      const safety = main.getByRole('note', { name: text('safetyTitle') });
      await expect(safety).toContainText(text('safety'));
    });

    test('prints no phone number, links to no phone, and has nothing to type into', async ({ page }) => {
      await page.goto(`/${code}/contact/`);
      const main = page.getByRole('main');
      expect(await main.innerText()).not.toMatch(/\+?\d[\d ().-]{6,}\d/);
      await expect(main.locator('a[href^="tel:"], form, input, textarea')).toHaveCount(0);
    });
  });

  test(`a troubleshooter's hand-over leads to the contact page (${code})`, async ({ page }) => {
    const model = new WizardModel(registry.get('cant-log-in').machine, code);
    await page.goto(`${model.url}#contact-support`);
    const handover = page.getByRole('region', { name: model.common('handover.title') });
    await expect(handover.getByRole('note', { name: text('safetyTitle') })).toContainText(text('safety'));
    await handover.getByRole('link', { name: model.common('handover.contactPage') }).click();
    await expect(page).toHaveURL(new RegExp(`/${code}/contact/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('title'));
  });
}
