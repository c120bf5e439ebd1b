// Fills i18next-style templates in the browser, where i18next is not loaded: {{name}} placeholders and plural forms
// chosen with Intl.PluralRules, so the page's strings stay in content/locales and only the numbers change.

/** A string's plural forms by CLDR category (i18next's `_one`, `_other` ... suffixes); `other` always exists. */
export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Replaces each {{name}} with its value; an unknown name is left as it is, so a missing value shows up in tests. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** The plural form for `count` with {{count}} (and any other values) filled in. */
export function fillPlural(
  forms: PluralTemplates,
  count: number,
  rules: Intl.PluralRules,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const template = forms[rules.select(count)] ?? forms.other;
  return fillTemplate(template, { ...values, count });
}
