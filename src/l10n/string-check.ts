// Compares one string namespace of a translation with the English source: keys missing or extra,
// placeholders ({{name}}) that differ, and plural forms (_one, _other ...) the language needs but lacks.

export interface PlaceholderMismatch {
  key: string;
  /** Placeholder names in the English string, sorted. */
  expected: string[];
  /** Placeholder names in the translation, sorted. */
  found: string[];
}

export interface StringComparison {
  /** Keys to add, in the translation's plural forms for plural strings (topic.count_one, topic.count_other). */
  missingKeys: string[];
  /** Keys the English source does not have, and plural forms the language never uses. */
  extraKeys: string[];
  placeholderMismatches: PlaceholderMismatch[];
  /** Plural forms of a string that exists, which the language needs for some count from 0 to 1000. */
  missingPluralForms: string[];
}

const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const pluralSuffix = new RegExp(`_(${pluralCategories.join('|')})$`);

/** Nested string files as dotted keys (`article.helpful.yes`); non-text leaves become text so they can be reported. */
export function flattenStrings(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flattenStrings(child, `${prefix}${key}.`)) out.set(k, v);
    }
  } else if (prefix) {
    out.set(prefix.slice(0, -1), String(value));
  }
  return out;
}

/** The key without its plural suffix: search.results_one -> search.results. */
export function pluralBase(key: string): string {
  return key.replace(pluralSuffix, '');
}

/**
 * The English string a translated key renders: the same key, or for a plural form English does not have
 * (Polish search.results_few) the English "_other" form. Undefined for a key English does not have.
 */
export function englishFor(source: ReadonlyMap<string, string>, key: string): string | undefined {
  const base = pluralBase(key);
  return source.get(key) ?? source.get(`${base}_other`) ?? source.get(base);
}

/** The {{placeholder}} names of a string, each once, sorted ({{count}} and {{ count, number }} are both "count"). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^\s},]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

/**
 * Plural categories a language uses for the counts a page can show (0 to 1000), in CLDR order, plus
 * "other", the general form every language has (Polish uses it only for fractions). Italian: one, other.
 */
export function neededPluralForms(lang: string): string[] {
  const rules = new Intl.PluralRules(lang);
  const used = new Set(['other', ...Array.from({ length: 1001 }, (_, n) => rules.select(n))]);
  return pluralCategories.filter((c) => used.has(c));
}

/** Compares a translation's flattened strings with the source's. `lang` is the translation's BCP 47 tag. */
export function compareStrings(
  source: ReadonlyMap<string, string>,
  translation: ReadonlyMap<string, string>,
  lang: string,
): StringComparison {
  const forms = neededPluralForms(lang);
  const sourcePlurals = new Set([...source.keys()].filter((k) => pluralSuffix.test(k)).map(pluralBase));
  const translationBases = new Set([...translation.keys()].map(pluralBase));

  const missingKeys: string[] = [];
  const missingPluralForms: string[] = [];
  const seen = new Set<string>();
  for (const key of source.keys()) {
    const base = pluralBase(key);
    if (seen.has(base)) continue;
    seen.add(base);
    const wanted = sourcePlurals.has(base) ? forms.map((f) => `${base}_${f}`) : [key];
    const absent = wanted.filter((k) => !translation.has(k));
    if (!translationBases.has(base) || !sourcePlurals.has(base)) missingKeys.push(...absent);
    else missingPluralForms.push(...absent);
  }

  // A plural form the language never selects (Italian "_many") is as unused as an unknown key; "_zero"
  // is i18next's optional special case for a count of 0 in any language.
  const usedForms = new Set([...forms, 'zero']);
  const isUsed = (key: string) => {
    if (source.has(key)) return true;
    const form = pluralSuffix.exec(key)?.[1];
    return form !== undefined && sourcePlurals.has(pluralBase(key)) && usedForms.has(form);
  };
  const extraKeys = [...translation.keys()].filter((k) => !isUsed(k));

  const placeholderMismatches: PlaceholderMismatch[] = [];
  for (const [key, value] of translation) {
    const english = englishFor(source, key);
    if (english === undefined) continue;
    const expected = placeholders(english);
    const found = placeholders(value);
    if (expected.join() !== found.join()) placeholderMismatches.push({ key, expected, found });
  }

  return { missingKeys, extraKeys, placeholderMismatches, missingPluralForms };
}
