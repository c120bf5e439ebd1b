// Browser-side templates: placeholders and plural forms as i18next fills them at build time.
import { describe, it, expect } from 'vitest';
import { fillPlural, fillTemplate, type PluralTemplates } from '../../../src/lib/fill-template.ts';
import en from '../../../content/locales/en/simulator.json' with { type: 'json' };
import itLocale from '../../../content/locales/it/simulator.json' with { type: 'json' };

describe('fillTemplate', () => {
  it('fills every placeholder, with or without spaces inside the braces', () => {
    expect(fillTemplate('The practice PIN is {{pin}}.', { pin: '5678' })).toBe('The practice PIN is 5678.');
    expect(fillTemplate('{{ a }}-{{b}}-{{a}}', { a: 1, b: 'x' })).toBe('1-x-1');
  });

  it('leaves unknown placeholders visible and text without placeholders unchanged', () => {
    expect(fillTemplate('PIN {{pin}}', {})).toBe('PIN {{pin}}');
    expect(fillTemplate('No placeholders.')).toBe('No placeholders.');
  });

  it('does not treat $ patterns in values specially', () => {
    expect(fillTemplate('{{a}}', { a: "$& $1 $'" })).toBe("$& $1 $'");
  });
});

describe('fillPlural', () => {
  const countdown = (locale: typeof en): PluralTemplates => ({
    one: locale.login.countdown_one,
    other: locale.login.countdown_other,
  });

  it('picks the English forms by count', () => {
    const rules = new Intl.PluralRules('en');
    expect(fillPlural(countdown(en), 1, rules)).toBe('The challenge code expires in 1 second.');
    expect(fillPlural(countdown(en), 0, rules)).toBe('The challenge code expires in 0 seconds.');
    expect(fillPlural(countdown(en), 120, rules)).toBe('The challenge code expires in 120 seconds.');
  });

  it('picks the Italian forms by count', () => {
    const rules = new Intl.PluralRules('it');
    expect(fillPlural(countdown(itLocale), 1, rules)).toBe('Il codice di autenticazione scade tra 1 secondo.');
    expect(fillPlural(countdown(itLocale), 45, rules)).toBe('Il codice di autenticazione scade tra 45 secondi.');
  });

  it('falls back to the other form when a category has no string', () => {
    expect(fillPlural({ other: '{{count}} x {{what}}' }, 1, new Intl.PluralRules('en'), { what: 'y' })).toBe('1 x y');
  });
});
