// Practising a security-card login on the practice page, in both languages: the reader reads the challenge on the
// practice login screen, works the practice card, and types the card's response back. Both sides compute real OCRA
// over the page's random key, so the test cannot succeed with a made-up code.
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import en from '../../content/locales/en/simulator.json' with { type: 'json' };
import itLocale from '../../content/locales/it/simulator.json' with { type: 'json' };
import {
  CHALLENGE_VALIDITY_SECONDS,
  EXPIRY_WARNING_SECONDS,
  RESPONSE_CHECK_MS,
} from '../../src/machines/practice-login.ts';
import { ERROR_DISPLAY_MS, MAX_WRONG_PINS } from '../../src/machines/security-card.ts';

type Strings = typeof en;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

const locales = [
  { code: 'en', s: en as Strings },
  { code: 'it', s: itLocale as Strings },
];
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The practice page's parts, found the way a screen-reader user finds them. */
function practicePage(root: Page | Locator, s: Strings) {
  const card = root.getByRole('region', { name: s.card.regionName });
  const login = root.getByRole('region', { name: s.login.regionName });
  const key = (name: string) => card.getByRole('button', { name, exact: true });
  return {
    card,
    login,
    key,
    display: card.getByRole('status'),
    hint: root.getByText(s.steps.label, { exact: true }).locator('xpath=..'),
    userName: login.getByRole('textbox', { name: s.login.fields.userName }),
    password: login.getByLabel(s.login.fields.password),
    challenge: login.getByRole('textbox', { name: s.login.fields.challenge }),
    response: login.getByRole('textbox', { name: s.login.fields.response }),
    logIn: login.getByRole('button', { name: s.login.buttons.logIn }),
    startAgain: login.getByRole('button', { name: s.login.buttons.startAgain }),
    reset: card.getByRole('button', { name: s.card.reset }),
    checking: login.getByText(s.login.checking),
    /** A message shown on the login screen (the first match: the live region repeats some of them later). */
    message: (text: string) => login.getByText(text).first(),
  };
}
type Practice = ReturnType<typeof practicePage>;

async function clickKeys(p: Practice, keys: string): Promise<void> {
  for (const k of keys) await p.key(k).click();
}

/** User name and password (anything goes), then the challenge the screen shows. */
async function logInWithMouse(p: Practice): Promise<string> {
  await p.userName.fill('practice-user');
  await p.password.fill('not-a-real-password');
  await p.logIn.click();
  await expect(p.challenge).toHaveValue(/^\d{6}$/);
  return p.challenge.inputValue();
}

/** The 8 digits the card shows once it has worked out the response. */
async function readResponse(p: Practice): Promise<string> {
  await expect(p.display).toHaveText(/^\d{8}/);
  return (await p.display.textContent())!.match(/^\d{8}/)![0];
}

async function cardResponseWithMouse(p: Practice, challenge: string, pin = '1234'): Promise<string> {
  await p.key('press').click();
  await expect(p.display).toContainText('PIN>');
  await clickKeys(p, pin);
  await p.key('OK').click();
  await expect(p.display).toContainText('CHALLNG>');
  await clickKeys(p, challenge);
  await p.key('OK').click();
  return readResponse(p);
}

/** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('Tab never reached the target');
}

async function expectNoAxeViolations(page: Page, state: string, pausedClock = false): Promise<void> {
  // The default mode finishes in a second, blank page of the same context, which would share the fake clock; legacy
  // mode runs all of axe in this page (it has no frames, so nothing is lost).
  const scan = new AxeBuilder({ page }).withTags(axeTags).setLegacyMode(pausedClock).analyze();
  if (pausedClock) {
    // axe waits on timers too: move the paused clock on a millisecond at a time until it is done, far too little
    // for the page's own timers (the card's error shows for seconds) to fire.
    let done = false;
    const finish = () => (done = true);
    scan.then(finish, finish);
    for (let ms = 0; !done; ms++) {
      if (ms >= 500) throw new Error(`axe needed more than ${ms} ms of page time`);
      await page.clock.runFor(1);
    }
  }
  const results = await scan;
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe in state "${state}"`).toEqual([]);
}

for (const { code, s } of locales) {
  test.describe(`practice page (${code})`, () => {
    const url = `/${code}/practice/security-card/`;

    test('a whole practice login by keyboard alone, with no request leaving the page', async ({ page }) => {
      const p = practicePage(page, s);
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      // From the top of the page, so the Tab key passes the header's search box on the way.
      await tabTo(page, p.userName);
      await page.keyboard.type('practice-user');
      await page.keyboard.press('Tab');
      await page.keyboard.type('not-a-real-password');
      await page.keyboard.press('Enter');
      // The form the focus was in is gone: focus lands on the challenge, which reads out with its name.
      await expect(p.challenge).toBeFocused();
      const challenge = await p.challenge.inputValue();
      expect(challenge).toMatch(/^\d{6}$/);

      await tabTo(page, p.key('press'));
      await page.keyboard.press('Enter'); // Enter turns the card on while it is off
      await expect(p.display).toContainText('PIN>');
      await expect(p.hint).toContainText(fill(s.steps.card.pin, { pin: '1234' }));
      await page.keyboard.type('1234');
      await expect(p.display).toContainText('PIN>****');
      await page.keyboard.press('Enter');
      await expect(p.display).toContainText('CHALLNG>');
      await expect(p.hint).toContainText(s.steps.card.challenge);
      await page.keyboard.type(challenge);
      await expect(p.display).toContainText(`CHALLNG>${challenge}`);
      await page.keyboard.press('Enter');
      const response = await readResponse(p);
      await expect(p.display).toContainText(s.display.response);

      await tabTo(page, p.response, true);
      await page.keyboard.type(response);
      await page.keyboard.press('Enter');
      const success = p.message(s.login.success);
      await expect(success).toBeVisible();
      await expect(success).toBeFocused();
      await expect(p.hint).toContainText(s.steps.login.success);
      expect(requests).toEqual([]);
    });

    test('a whole practice login by mouse, in each screen style', async ({ page }) => {
      const p = practicePage(page, s);
      await page.goto(url);
      await expect(p.message(s.login.banner)).toBeVisible();
      for (const look of ['client-portal', 'webtrader', 'tws'] as const) {
        await p.login.getByRole('radio', { name: s.login.looks[look] }).check();
        await expect(p.message(fill(s.login.screenTitle, { look: s.login.looks[look] }))).toBeVisible();
      }
      await p.login.getByRole('radio', { name: s.login.looks.webtrader }).check();
      const challenge = await logInWithMouse(p);
      await expect(p.hint).toContainText(s.steps.login.challenge);
      await expect(p.login.getByRole('timer')).toHaveText(/\d/);
      const response = await cardResponseWithMouse(p, challenge);
      await p.response.fill(response);
      await p.logIn.click();
      await expect(p.message(s.login.success)).toBeVisible();
      // The look is a preference and survives; Start again offers a fresh login.
      await expect(p.message(fill(s.login.screenTitle, { look: s.login.looks.webtrader }))).toBeVisible();
      await p.startAgain.click();
      await expect(p.userName).toBeFocused();
      await expect(p.userName).toHaveValue('');
    });

    test(`${MAX_WRONG_PINS} wrong PINs lock the card until Reset`, async ({ page }) => {
      const p = practicePage(page, s);
      await page.goto(url);
      await p.key('press').click();
      for (let attempt = 1; attempt < MAX_WRONG_PINS; attempt++) {
        await clickKeys(p, '9999');
        await p.key('OK').click();
        await expect(p.display).toContainText('ERROR');
        await expect(p.display).toContainText(s.display.pinWrong);
        await expect(p.hint).toContainText(s.steps.card.pinError);
        // The practice card asks again after a moment.
        await expect(p.display).toContainText('PIN>', { timeout: ERROR_DISPLAY_MS + 3000 });
      }
      await clickKeys(p, '9999');
      await p.key('OK').click();
      await expect(p.display).toContainText('LOCKED');
      await expect(p.display).toContainText(s.display.locked);
      await expect(p.hint).toContainText(s.steps.card.locked);
      // Locked: even the right PIN does nothing, and turning it off and on keeps it locked.
      await clickKeys(p, '1234');
      await p.key('OK').click();
      await expect(p.display).toContainText('LOCKED');
      await p.key('press').click();
      await p.key('press').click();
      await expect(p.display).toContainText('LOCKED');
      await p.reset.click();
      await expect(p.display).toHaveText(s.display.off);
      await p.key('press').click();
      await clickKeys(p, '1234');
      await p.key('OK').click();
      await expect(p.display).toContainText('CHALLNG>');
    });

    test('an expired challenge says so and starts again from the user name', async ({ page }) => {
      await page.clock.install();
      const p = practicePage(page, s);
      await page.goto(url);
      const first = await logInWithMouse(p);
      const timer = p.login.getByRole('timer');
      await expect(timer).toHaveText(fill(s.login.countdown_other, { count: CHALLENGE_VALIDITY_SECONDS }));
      await page.clock.runFor(CHALLENGE_VALIDITY_SECONDS * 1000);
      const expired = p.message(s.login.errors.expired);
      await expect(expired).toBeVisible();
      await expect(p.hint).toContainText(s.steps.login.expired);
      await expect(p.challenge).toBeHidden();
      await p.startAgain.click();
      await expect(p.userName).toBeFocused();
      const second = await logInWithMouse(p);
      // A new challenge (a repeat is possible but one in a million).
      expect(second).not.toBe(first);
    });

    test('"More time" gives the same challenge the full time again, after a warning', async ({ page }) => {
      await page.clock.install();
      const p = practicePage(page, s);
      await page.goto(url);
      const challenge = await logInWithMouse(p);
      await page.clock.runFor((CHALLENGE_VALIDITY_SECONDS - EXPIRY_WARNING_SECONDS) * 1000);
      const status = p.login.getByRole('status');
      await expect(status).toHaveText(fill(s.login.timeWarning_other, { count: EXPIRY_WARNING_SECONDS }));
      await p.login.getByRole('button', { name: s.login.buttons.moreTime }).click();
      await expect(p.login.getByRole('timer')).toHaveText(
        fill(s.login.countdown_other, { count: CHALLENGE_VALIDITY_SECONDS }),
      );
      await expect(status).toHaveText(fill(s.login.timeExtended_other, { count: CHALLENGE_VALIDITY_SECONDS }));
      await expect(p.challenge).toHaveValue(challenge);
      await page.clock.runFor(100_000);
      const response = await cardResponseWithMouse(p, challenge);
      await p.response.fill(response);
      await p.logIn.click();
      await expect(p.message(s.login.success)).toBeVisible();
    });

    test('starting the whole practice over resets the card and the login screen together', async ({ page }) => {
      const p = practicePage(page, s);
      await page.goto(url);
      await logInWithMouse(p);
      await p.key('press').click();
      for (const digit of '1234') await p.key(digit).click();
      await p.key('OK').click();
      await expect(p.display).toContainText('CHALLNG>');

      await page.getByRole('button', { name: s.practice.restartAll }).click();
      await expect(p.userName).toBeFocused();
      await expect(p.challenge).toBeHidden();
      await expect(p.display).not.toContainText('CHALLNG>');
      await expect(p.hint).toContainText(fill(s.steps.login.credentials, { pin: '1234' }));
      // And the practice runs again from the start.
      await logInWithMouse(p);
      await p.key('press').click();
      await expect(p.display).toContainText('PIN>');
    });

    test('no request leaves the page and nothing is stored while practising', async ({ page, context }) => {
      const p = practicePage(page, s);
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));

      await page.getByLabel(s.practice.changePinLabel).fill('2468');
      await page.getByRole('button', { name: s.practice.changePinButton }).click();
      const challenge = await logInWithMouse(p);
      await p.response.fill('00000000');
      await p.logIn.click();
      await expect(p.message(s.login.errors.responseWrong)).toBeVisible();
      const response = await cardResponseWithMouse(p, challenge, '2468');
      await p.response.fill(response);
      await p.logIn.click();
      await expect(p.message(s.login.success)).toBeVisible();

      expect(requests).toEqual([]);
      const stored = await page.evaluate(() => ({
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
      }));
      expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
      expect(await context.cookies()).toEqual([]);
      // The typed credentials did not stay in the page either.
      const hiddenField = (name: string) => p.login.getByRole('textbox', { name, includeHidden: true });
      expect(await hiddenField(s.login.fields.userName).inputValue()).toBe('');
      expect(await p.password.inputValue()).toBe('');
    });

    test('letters, Backspace and other keys do nothing on the card', async ({ page }) => {
      const p = practicePage(page, s);
      await page.goto(url);
      await p.key('press').focus();
      await page.keyboard.type('abc');
      await expect(p.display).toHaveText(s.display.off);
      await page.keyboard.press('Enter');
      await expect(p.display).toContainText('PIN>');
      await page.keyboard.type('a1b2');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Delete');
      await expect(p.display).toContainText('PIN>**');
      await expect(p.display).not.toContainText('PIN>***');
      await page.keyboard.type('34x');
      await page.keyboard.press('Enter');
      await expect(p.display).toContainText('CHALLNG>');
    });

    test('a response of the wrong length, or with letters, gives the form error', async ({ page }) => {
      const p = practicePage(page, s);
      await page.goto(url);
      await p.logIn.click();
      await expect(p.message(s.login.errors.userNameEmpty)).toBeVisible();
      await expect(p.message(s.login.errors.passwordEmpty)).toBeVisible();
      await expect(p.userName).toBeFocused();
      await expect(p.userName).toHaveAttribute('aria-invalid', 'true');
      await logInWithMouse(p);
      for (const typed of ['1234', '123456789', '1234abcd']) {
        await p.response.fill(typed);
        await p.logIn.click();
        await expect(p.message(s.login.errors.responseFormat)).toBeVisible();
        await expect(p.response).toBeFocused();
        await expect(p.response).toHaveAttribute('aria-invalid', 'true');
        await expect(p.response).toHaveAccessibleDescription(literally(s.login.errors.responseFormat));
      }
      await p.response.fill('00000000');
      await page.keyboard.press('Enter');
      await expect(p.message(s.login.errors.responseWrong)).toBeVisible();
      await expect(p.message(s.login.errors.responseFormat)).toBeHidden();
      await expect(p.response).toBeFocused();
      // Two more wrong codes: back to the user name and password, with the reason.
      for (const wrong of ['11111111', '22222222']) {
        await page.keyboard.type(wrong);
        await page.keyboard.press('Enter');
        // As a reader would, type the next code once the screen has checked this one.
        await expect(p.checking).toBeHidden();
      }
      await expect(p.message(s.login.errors.tooManyWrongResponses)).toBeVisible();
      await expect(p.userName).toBeFocused();
      await expect(p.userName).toHaveAccessibleDescription(literally(s.login.errors.tooManyWrongResponses));
    });

    test('a double-click or a double Enter on Log in counts as one try', async ({ page }) => {
      const p = practicePage(page, s);
      await page.goto(url);
      await logInWithMouse(p);
      const tooMany = p.message(s.login.errors.tooManyWrongResponses);
      await p.response.fill('00000000');
      await p.logIn.dblclick();
      await expect(p.message(s.login.errors.responseWrong)).toBeVisible();
      await p.response.fill('11111111');
      await p.response.press('Enter');
      await p.response.press('Enter');
      await expect(p.message(s.login.errors.responseWrong)).toBeVisible();
      await expect(p.response).toBeFocused();
      // Two tries so far, not four: the screen still asks for the response.
      await expect(tooMany).toBeHidden();
      await expect(p.challenge).toBeVisible();
      await p.response.fill('22222222');
      await p.logIn.click();
      await expect(tooMany).toBeVisible();
    });

    test('after the third wrong response a second Enter does not submit the form behind the reason', async ({
      page,
    }) => {
      const p = practicePage(page, s);
      await page.goto(url);
      await logInWithMouse(p);
      for (const wrong of ['00000000', '11111111']) {
        await p.response.fill(wrong);
        await p.logIn.click();
        await expect(p.response).toHaveAttribute('aria-invalid', 'true');
        await expect(p.checking).toBeHidden();
      }
      await p.response.fill('22222222');
      await p.response.press('Enter');
      await page.keyboard.press('Enter');
      await expect(p.message(s.login.errors.tooManyWrongResponses)).toBeVisible();
      await expect(p.userName).toBeFocused();
      await expect(p.userName).toHaveAccessibleDescription(literally(s.login.errors.tooManyWrongResponses));
      await expect(p.message(s.login.errors.userNameEmpty)).toBeHidden();
      await expect(p.userName).not.toHaveAttribute('aria-invalid', 'true');
    });

    test('the expiry warning goes when the challenge expires, on Start again and when the practice starts over', async ({
      page,
    }) => {
      await page.clock.install();
      const p = practicePage(page, s);
      await page.goto(url);
      const status = p.login.getByRole('status');
      const warning = fill(s.login.timeWarning_other, { count: EXPIRY_WARNING_SECONDS });
      const toWarning = (CHALLENGE_VALIDITY_SECONDS - EXPIRY_WARNING_SECONDS) * 1000;

      await logInWithMouse(p);
      await page.clock.runFor(toWarning);
      await expect(status).toHaveText(warning);
      await page.clock.runFor(EXPIRY_WARNING_SECONDS * 1000);
      await expect(p.message(s.login.errors.expired)).toBeVisible();
      await expect(status).not.toHaveText(literally(warning));
      await p.startAgain.click();
      await expect(status).toHaveText('');

      await logInWithMouse(p);
      await page.clock.runFor(toWarning);
      await expect(status).toHaveText(warning);
      await page.getByRole('button', { name: s.practice.restartAll }).click();
      await expect(p.userName).toBeFocused();
      await expect(status).toHaveText('');
    });

    test('"turn the card off first" goes once the card is off, and when the practice starts over', async ({ page }) => {
      const p = practicePage(page, s);
      await page.goto(url);
      const field = page.getByLabel(s.practice.changePinLabel);
      const change = page.getByRole('button', { name: s.practice.changePinButton });
      const cardOn = page.getByText(s.practice.changePinCardOn);
      for (const turnOff of [
        () => p.key('press').click(),
        () => p.reset.click(),
        () => page.getByRole('button', { name: s.practice.restartAll }).click(),
      ]) {
        await p.key('press').click();
        await expect(p.display).toContainText('PIN>');
        await field.fill('5678');
        await change.click();
        await expect(cardOn).toBeVisible();
        await turnOff();
        await expect(p.display).toHaveText(s.display.off);
        await expect(cardOn).toBeHidden();
      }
      // The PIN itself was never changed, and a change with the card off still works.
      await expect(page.getByText(fill(s.practice.pinIs, { pin: '1234' }), { exact: true })).toBeVisible();
      await change.click();
      await expect(page.getByText(fill(s.practice.changePinDone, { pin: '5678' }))).toBeVisible();
    });

    test('the practice PIN can be changed while the card is off, and only to 4 digits', async ({ page }) => {
      const p = practicePage(page, s);
      await page.goto(url);
      await expect(page.getByText(fill(s.practice.pinIs, { pin: '1234' }), { exact: true })).toBeVisible();
      const field = page.getByLabel(s.practice.changePinLabel);
      const change = page.getByRole('button', { name: s.practice.changePinButton });
      for (const bad of ['12a4', '123', '12345', '']) {
        await field.fill(bad);
        await change.click();
        await expect(page.getByText(s.practice.changePinInvalid)).toBeVisible();
        await expect(field).toHaveAttribute('aria-invalid', 'true');
      }
      await p.key('press').click();
      await field.fill('5678');
      await change.click();
      await expect(page.getByText(s.practice.changePinCardOn)).toBeVisible();
      await expect(page.getByText(fill(s.practice.pinIs, { pin: '1234' }), { exact: true })).toBeVisible();
      await p.key('press').click();
      await change.click();
      await expect(page.getByText(fill(s.practice.changePinDone, { pin: '5678' }))).toBeVisible();
      await expect(page.getByText(fill(s.practice.pinIs, { pin: '5678' }), { exact: true })).toBeVisible();
      await p.key('press').click();
      await expect(p.hint).toContainText(fill(s.steps.card.pin, { pin: '5678' }));
      await clickKeys(p, '1234');
      await p.key('OK').click();
      await expect(p.display).toContainText('ERROR');
      await expect(p.display).toContainText('PIN>', { timeout: ERROR_DISPLAY_MS + 3000 });
      await clickKeys(p, '5678');
      await p.key('OK').click();
      await expect(p.display).toContainText('CHALLNG>');
    });

    test('the page fits a 360 px phone without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      const p = practicePage(page, s);
      await page.goto(url);
      await logInWithMouse(p);
      await p.key('press').click();
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
      // Stacked: the card comes below the login screen.
      const loginBox = (await p.login.boundingBox())!;
      const cardBox = (await p.card.boundingBox())!;
      expect(cardBox.y).toBeGreaterThanOrEqual(loginBox.y + loginBox.height);
    });

    test('axe finds nothing in every state the practice reaches', async ({ page }) => {
      test.setTimeout(120_000);
      // A paused clock holds short-lived states (the card's error word) still while axe looks at them.
      await page.clock.install();
      const p = practicePage(page, s);
      await page.goto(url);
      await page.clock.pauseAt(Date.now() + 1000);
      const axe = (state: string) => expectNoAxeViolations(page, state, true);
      await axe('off');
      await p.key('press').click();
      await expect(p.display).toContainText('PIN>');
      await axe('pin');
      await clickKeys(p, '12');
      await expect(p.display).toContainText('PIN>**');
      await axe('pin digits typed, masked');
      await clickKeys(p, '00');
      await p.key('OK').click();
      await expect(p.display).toContainText('ERROR');
      await axe('error');
      await page.clock.runFor(ERROR_DISPLAY_MS);
      await clickKeys(p, '1234');
      await p.key('OK').click();
      await expect(p.display).toContainText('CHALLNG>');
      await axe('challenge');

      await p.logIn.click();
      await expect(p.message(s.login.errors.userNameEmpty)).toBeVisible();
      await axe('login error (credentials)');
      const challenge = await logInWithMouse(p);
      await axe('login challenge');
      await p.response.fill('12');
      await p.logIn.click();
      await expect(p.message(s.login.errors.responseFormat)).toBeVisible();
      await axe('login error (response)');
      await p.response.fill('00000000');
      await p.logIn.click();
      await page.clock.runFor(RESPONSE_CHECK_MS);
      await expect(p.message(s.login.errors.responseWrong)).toBeVisible();
      await axe('login error (wrong response)');
      await clickKeys(p, challenge);
      await expect(p.display).toContainText(`CHALLNG>${challenge}`);
      await axe('challenge typed');
      await p.key('OK').click();
      const response = await readResponse(p);
      await axe('response');
      await p.response.fill(response);
      await p.logIn.click();
      await page.clock.runFor(RESPONSE_CHECK_MS);
      await expect(p.message(s.login.success)).toBeVisible();
      await axe('success');

      await p.startAgain.click();
      await logInWithMouse(p);
      await page.clock.runFor((CHALLENGE_VALIDITY_SECONDS - EXPIRY_WARNING_SECONDS) * 1000);
      await expect(p.login.getByRole('status')).toHaveText(
        fill(s.login.timeWarning_other, { count: EXPIRY_WARNING_SECONDS }),
      );
      await axe('challenge about to expire, with More time');
      await page.clock.runFor(EXPIRY_WARNING_SECONDS * 1000);
      await expect(p.message(s.login.errors.expired)).toBeVisible();
      await axe('expired');

      await p.reset.click();
      await p.key('press').click();
      for (let attempt = 0; attempt < MAX_WRONG_PINS; attempt++) {
        await clickKeys(p, '0000');
        await p.key('OK').click();
        if (attempt < MAX_WRONG_PINS - 1) await page.clock.runFor(ERROR_DISPLAY_MS);
      }
      await expect(p.display).toContainText('LOCKED');
      await axe('locked');
    });
  });
}

test.describe('practice page in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('axe finds nothing with a challenge, an error and the card on', async ({ page }) => {
    const p = practicePage(page, en);
    await page.goto('/en/practice/security-card/');
    await logInWithMouse(p);
    await p.response.fill('12');
    await p.logIn.click();
    await p.key('press').click();
    await expectNoAxeViolations(page, 'dark: challenge with error');
  });
});

test.describe('two simulators on one page', () => {
  test('run independently when their ids differ', async ({ page }) => {
    await page.goto('/en/practice/security-card/');
    // What a second <SecurityPractice idPrefix="second"> renders: the same markup with its own ids.
    await page.evaluate(() => {
      const first = document.querySelector('slh-security-practice')!;
      const html = first.outerHTML.replaceAll('"practice-', '"second-').replaceAll(' practice-', ' second-');
      first.insertAdjacentHTML('afterend', `<div data-second>${html}</div>`);
    });
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll('[id]'), (el) => el.id));
    expect(ids.length).toBe(new Set(ids).size);

    const firstRoot = page.locator('slh-security-practice').first();
    const secondRoot = page.locator('[data-second] slh-security-practice');
    const one = practicePage(firstRoot, en);
    const two = practicePage(secondRoot, en);
    await one.key('press').click();
    await expect(one.display).toContainText('PIN>');
    await expect(two.display).toHaveText(en.display.off);
    const challenge = await logInWithMouse(two);
    await expect(one.challenge).toBeHidden();
    // Each instance has its own random key: the second card answers the second screen's challenge.
    const response = await cardResponseWithMouse(two, challenge);
    await two.response.fill(response);
    await two.logIn.click();
    await expect(two.message(en.login.success)).toBeVisible();
    await expect(one.message(en.login.success)).toBeHidden();
  });
});

test('the security-card article shows the practice teaser and loads no simulator code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  for (const { code, s } of locales) {
    await page.goto(`/${code}/articles/digital-security-card-login/`);
    await page.waitForLoadState('networkidle');
    await expect(page.getByText(s.teaser.title)).toBeVisible();
    expect(scripts.filter((path) => path.includes('SecurityPractice'))).toEqual([]);
    const link = code === 'en' ? 'Open the practice card' : 'Apri la carta di prova';
    await page.getByRole('main').getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(`/${code}/practice/security-card/`);
    await expect(page.getByRole('region', { name: s.card.regionName })).toBeVisible();
    scripts.length = 0;
  }
});
