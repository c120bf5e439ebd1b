// A wide screen is used, a phone stays as it was: the article's table of contents as a column that stays in view and
// marks the section being read, the practice card beside the troubleshooter's steps, the home page's problems first
// with pictures of the three login methods.
import { test, expect, type Page } from '@playwright/test';

const article = '/en/articles/sms-code-not-arriving/';

/** The wide screen's side column of contents (the page also writes a folded one; CSS shows one, and each has its own name). */
const toc = (page: Page) => page.getByRole('navigation', { name: 'On this page' });
/** The phone's folded contents, above the text. */
const foldedToc = (page: Page) => page.getByRole('navigation', { name: 'Contents of this article' });

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('an article keeps its table of contents beside the text while the reader scrolls', async ({ page }) => {
    await page.goto(article);
    await expect(toc(page)).toHaveCount(1); // the folded one is not there for assistive technology either
    const nav = toc(page);
    await expect(nav).toBeVisible();
    const main = page.getByRole('heading', { level: 1 });
    const [navBox, textBox] = [(await nav.boundingBox())!, (await main.boundingBox())!];
    expect(navBox.x, 'a column to the right of the text').toBeGreaterThan(textBox.x + 600);

    // Down to the last section: the contents are still in view, near the top of the window.
    const last = page.getByRole('heading', { name: 'Still no text?' });
    await last.evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await expect(nav).toBeInViewport();
    expect((await nav.boundingBox())!.y).toBeLessThan(100);
  });

  test('the table of contents marks the section being read, and its links still jump there', async ({ page }) => {
    await page.goto(article);
    const current = () =>
      toc(page)
        .getByRole('link')
        .evaluateAll((links) => links.filter((a) => a.matches(':target-current')).map((a) => a.textContent?.trim()));
    expect(await current()).toEqual(['1. Switch to IBKR Mobile Authentication (the lasting fix)']);
    await page.getByRole('heading', { name: 'India' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await expect.poll(current).toEqual(['India']);
    await toc(page).getByRole('link', { name: '3. Get the code by phone call instead' }).click();
    await expect(page).toHaveURL(/#3-get-the-code-by-phone-call-instead$/);
    await expect(page.getByRole('heading', { name: '3. Get the code by phone call instead' })).toBeInViewport();
    await expect.poll(current).toEqual(['3. Get the code by phone call instead']);
  });

  test('a security-card step has the practice card beside it, and the aside is there for the end steps', async ({
    page,
  }) => {
    await page.goto('/en/wizards/cant-log-in/#card-pin');
    const step = page.getByRole('main').getByRole('region', { name: 'Turn the card on and enter your PIN' });
    // The practice login screen comes first in the column, the card under it.
    const login = page.getByRole('region', { name: 'Practice login screen' });
    const card = page.getByRole('region', { name: 'Digital Security Card+ simulator' });
    await expect(card).toBeVisible();
    const [stepBox, loginBox, cardBox] = [
      (await step.boundingBox())!,
      (await login.boundingBox())!,
      (await card.boundingBox())!,
    ];
    expect(loginBox.x, 'the practice is in the column to the right').toBeGreaterThan(stepBox.x + stepBox.width);
    expect(cardBox.x).toBeGreaterThan(stepBox.x + stepBox.width);
    expect(loginBox.y, 'level with the step, not below it').toBeLessThan(stepBox.y + stepBox.height);
    // The step's own buttons stay right under it.
    const startOver = page.getByRole('button', { name: 'Start over' });
    expect((await startOver.boundingBox())!.y).toBeLessThan(stepBox.y + stepBox.height + 150);
    await expect(page.locator('[data-wizard-aside]')).toHaveCount(1);
  });

  test('the home page leads with the most common problems, then the three login methods with their pictures', async ({
    page,
  }) => {
    await page.goto('/en/');
    const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.slice(0, 3)).toEqual(['Most common problems', 'Which login method do you use?', 'Browse by topic']);
    const problems = page.getByRole('region', { name: 'Most common problems' }).getByRole('listitem');
    await expect(problems).toHaveCount(4);
    await expect(problems.first().getByRole('link')).toHaveText("I can't log in");
    // Four in a row.
    const tops = await problems.evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    // The pictures are drawn in the page and say nothing a screen reader has not just read in the text.
    const methods = page.getByRole('region', { name: 'Which login method do you use?' });
    await expect(methods.getByRole('link')).toHaveText([
      'Digital Security Card+',
      'IBKR Mobile Authentication (IB Key)',
      'SMS',
    ]);
    await expect(methods.locator('svg[aria-hidden="true"]')).toHaveCount(3);
    await expect(page.getByRole('main').getByRole('img')).toHaveCount(0);
  });

  test('a whole card is the link to its page', async ({ page }) => {
    await page.goto('/it/');
    const card = page.getByRole('region', { name: 'I problemi più frequenti' }).getByRole('listitem').nth(1);
    await card.scrollIntoViewIfNeeded();
    const box = (await card.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 12);
    await expect(page).toHaveURL(/\/it\/wizards\/sms-code\/$/);
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the table of contents is a folded box above the text, as before', async ({ page }) => {
    await page.goto(article);
    await expect(foldedToc(page)).toHaveCount(1);
    await expect(toc(page), 'the side column is not there for assistive technology').toHaveCount(0);
    const summary = foldedToc(page).getByText('On this page');
    await expect(summary).toBeVisible();
    await expect(foldedToc(page).getByRole('link').first()).toBeHidden();
    await summary.click();
    await expect(foldedToc(page).getByRole('link').first()).toBeVisible();
    const [navBox, introBox] = [
      (await foldedToc(page).boundingBox())!,
      (await page
        .getByText(/get the text with your login code/)
        .first()
        .boundingBox())!,
    ];
    expect(navBox.y).toBeLessThan(introBox.y);
  });

  test('the practice card follows the step, in one column', async ({ page }) => {
    await page.goto('/it/wizards/cant-log-in/#card-pin');
    const step = page.getByRole('main').getByRole('region').first();
    const card = page.getByRole('region', { name: 'Simulatore della Digital Security Card+' });
    const [stepBox, cardBox] = [(await step.boundingBox())!, (await card.boundingBox())!];
    expect(cardBox.y).toBeGreaterThan(stepBox.y + stepBox.height - 1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
