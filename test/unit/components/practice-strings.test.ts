// The browser strings of the practice simulator: complete in every locale, templates kept for the browser to fill.
import { toLocale } from '../../../src/i18n/locales.ts';
import { describe, it, expect } from 'vitest';
import { practiceStrings, stringsByCode } from '../../../src/components/practice-strings.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { explanationKey, type CardDisplayKind } from '../../../src/machines/card-display.ts';
import { fillPlural, fillTemplate } from '../../../src/lib/fill-template.ts';
import type { CardErrorCode } from '../../../src/machines/security-card.ts';
import { LOGIN_LOOKS, type LoginErrorCode } from '../../../src/machines/login-form.ts';

const kinds: CardDisplayKind[] = [
  'off',
  'pin',
  'pin-entered',
  'challenge',
  'challenge-entered',
  'computing',
  'response',
  'error',
  'locked',
];
const cardErrors: CardErrorCode[] = ['pinWrong', 'pinLength', 'challengeLength', 'computeFailed'];
const loginErrors: LoginErrorCode[] = [
  'userNameEmpty',
  'passwordEmpty',
  'responseFormat',
  'responseWrong',
  'tooManyWrongResponses',
  'checkFailed',
];

describe.each(locales)('practiceStrings($code)', ({ code, lang }) => {
  const strings = practiceStrings(toLocale(code));

  it('has an explanation for every display state the card reaches', () => {
    const suffixes = [
      ...kinds.map((kind) => explanationKey({ kind, value: '', errorCode: null })),
      ...cardErrors.map((errorCode) => explanationKey({ kind: 'error', value: '', errorCode })),
    ].map((key) => key.slice('simulator:display.'.length));
    const display: Record<string, string> = strings.display;
    for (const suffix of suffixes) expect(display[suffix], suffix).toMatch(/\S/);
  });

  it('has every login error and look name, and keeps the {{pin}} template for the browser', () => {
    for (const code of loginErrors) expect(strings.errors[code], code).toMatch(/\S/);
    for (const look of LOGIN_LOOKS) expect(strings.looks[look], look).toMatch(/\S/);
    expect(strings.steps.card['pin']).toContain('{{pin}}');
    expect(fillTemplate(strings.steps.card['pin'] ?? '', { pin: '9876' })).toContain('9876');
    expect(strings.screenTitle).toContain('{{look}}');
  });

  it('carries the plural forms its language needs', () => {
    const rules = new Intl.PluralRules(lang);
    expect(strings.lang).toBe(lang);
    for (const forms of [strings.countdown, strings.timeWarning, strings.timeExtended]) {
      for (const n of [0, 1, 2, 20, 120]) expect(fillPlural(forms, n, rules)).toContain(String(n));
      expect(forms.one).toBeDefined();
      expect(fillPlural(forms, 1, rules)).not.toBe(fillPlural(forms, 2, rules).replace('2', '1'));
    }
  });
});

describe('stringsByCode', () => {
  it('stops with the missing key named when a code has no string, instead of sending a blank', () => {
    expect(stringsByCode(toLocale('en'), 'login.errors', ['userNameEmpty'])).toEqual({
      userNameEmpty: 'Enter a user name. A made-up one is fine here.',
    });
    expect(() => stringsByCode(toLocale('en'), 'login.errors', ['userNameEmpty', 'noSuchCode'])).toThrow(
      'Missing string "simulator:login.errors.noSuchCode"',
    );
    // A locale without its own string gets the English one, as i18next would show.
    expect(() => stringsByCode(toLocale('it'), 'steps.card', ['noSuchState'])).toThrow(
      /simulator:steps\.card\.noSuchState/,
    );
  });
});
