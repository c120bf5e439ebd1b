// A localisation team member checks what each language still needs on /translation-status/.
import { test, expect } from '@playwright/test';
import { sitemapPaths } from './site-pages.ts';
import { namespaces } from '../../src/i18n/strings.ts';

test.describe('translation status page', () => {
  test('shows each language with its articles and string files, linking to the pages', async ({ page }) => {
    await page.goto('/translation-status/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Translation status');

    const overview = page.getByRole('region', { name: 'Overview' });
    await expect(overview.getByRole('rowheader', { name: 'Italiano (it)' })).toBeVisible();

    const italian = page.getByRole('region', { name: /^Italiano \(it\) Articles$/ });
    const row = italian.getByRole('row', { name: /voice-callback/ });
    await expect(row.getByRole('cell', { name: 'Up to date' })).toBeVisible();
    await expect(row.getByText('content/articles/it/voice-callback.mdx')).toBeVisible();
    await row.getByRole('link', { name: 'voice-callback', exact: true }).click();
    await expect(page).toHaveURL(/\/it\/articles\/voice-callback\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  });

  test('opens the source and the translation file of an article as text', async ({ page }) => {
    await page.goto('/translation-status/');
    const row = page
      .getByRole('region', { name: /^Italiano \(it\) Articles$/ })
      .getByRole('row', { name: /voice-callback/ });
    await row.getByRole('link', { name: 'content/articles/it/voice-callback.mdx' }).click();
    await expect(page.locator('body')).toContainText('sourceHash:');
    await expect(page.locator('body')).toContainText('<Kb id=');
    await page.goBack();
    await row.getByRole('link', { name: 'content/articles/en/voice-callback.mdx' }).click();
    await expect(page.locator('body')).toContainText('id: "3396"');
  });

  test('lists every string file of a language and the glossary', async ({ page }) => {
    await page.goto('/translation-status/');
    const strings = page.getByRole('region', { name: /^Italiano \(it\) Strings$/ });
    for (const ns of ['l10n', 'simulator', 'ui', 'wizards']) {
      await expect(
        strings.getByRole('row', { name: new RegExp(`^${ns} `) }).getByRole('cell', { name: 'Complete' }),
      ).toBeVisible();
    }
    const glossary = page.getByRole('region', { name: 'Glossary: names that are never translated' });
    await expect(glossary.getByRole('row', { name: /^Client Portal / })).toContainText('Portale Clienti');
  });

  test('shows the terminology each language must use, and the notes for translators', async ({ page }) => {
    await page.goto('/translation-status/');
    await expect(page.getByRole('heading', { level: 2, name: 'Italiano (it)' })).toBeVisible();
    const terms = page.getByRole('region', { name: 'Terminology: one term per concept Italiano (it)' });
    const challenge = terms.getByRole('listitem').filter({ hasText: /^challenge code/ });
    await expect(challenge.getByRole('definition').first()).toHaveText('codice di autenticazione');
    await expect(challenge).toContainText('codic* di verifica');

    const notes = page.getByRole('region', { name: 'Notes for translators' });
    const wizards = notes.getByText(/^wizards\.json: \d+ notes$/);
    const option = notes.getByRole('row', { name: /^\*\.\*\.options\.\* / });
    await expect(option).toBeHidden();
    await wizards.click();
    await expect(option).toBeVisible();
    await expect(option.getByRole('cell', { name: '80' })).toBeVisible();
  });

  test('has nothing outdated to show while every translation is up to date', async ({ page }) => {
    await page.goto('/translation-status/');
    await expect(page.getByRole('heading', { name: 'Outdated strings' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'What changed in English' })).toHaveCount(0);
    const strings = page.getByRole('region', { name: /^Italiano \(it\) Strings$/ });
    // One row per string file, each complete.
    await expect(strings.getByRole('cell', { name: 'Complete' })).toHaveCount(namespaces().length);
  });

  test('stays out of search engines, the sitemap and site search', async ({ page }) => {
    await page.goto('/translation-status/');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    expect(sitemapPaths()).not.toContain('/translation-status/');
    expect(sitemapPaths()).toContain('/it/articles/voice-callback/');
  });
});
