// Build-time translation: Astro components call useTranslations(locale) and get a typed t().
// i18next never reaches the browser; pages carry the finished text.
import i18next, { type TFunction } from 'i18next';
import { localeCodes, localeInfo, sourceLocale, type Locale } from './locales.ts';
import type { PluralTemplates } from '../lib/fill-template.ts';
import { loadResources, namespaces } from './strings.ts';
import type ui from '../../content/locales/en/ui.json';
import type simulator from '../../content/locales/en/simulator.json';
import type wizards from '../../content/locales/en/wizards.json';
import type l10n from '../../content/locales/en/l10n.json';
import type search from '../../content/locales/en/search.json';

const instance = i18next.createInstance();
void instance.init({
  resources: loadResources(localeCodes),
  lng: sourceLocale,
  // A new locale may be partly translated; missing keys show the English source rather than a raw key.
  fallbackLng: sourceLocale,
  defaultNS: 'ui',
  ns: namespaces(),
  initAsync: false,
  interpolation: { escapeValue: false }, // Astro escapes on output.
  returnEmptyString: false,
});

export type Translate = TFunction<['ui', 'simulator']>;

// Every page asks for the same strings again (header, search form, footer): the strings never change during a build,
// so a locale's t() and its answers to plain keys are made once. Calls with options (plurals, placeholders) still go
// to i18next each time.
const translators = new Map<Locale, Translate>();

/** Typed t() bound to one locale: `ui` keys as they are, other typed namespaces as `simulator:key`. */
export function useTranslations(locale: Locale): Translate {
  const made = translators.get(locale);
  if (made) return made;
  const fixed = instance.getFixedT(locale, ['ui', 'simulator']) as unknown as (...args: unknown[]) => string;
  const plain = new Map<string, string>();
  const t = (...args: unknown[]): string => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return fixed(...args);
    let text = plain.get(key);
    if (text === undefined) {
      text = fixed(key);
      plain.set(key, text);
    }
    return text;
  };
  translators.set(locale, t as unknown as Translate);
  return t as unknown as Translate;
}

/** Every leaf path of a string file, plural suffixes included ("search.results_one"). */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every string key of the English source files, `ui` keys bare and the others as `namespace:key`. */
export type StringKey =
  | Leaves<typeof ui>
  | `simulator:${Leaves<typeof simulator>}`
  | `wizards:${Leaves<typeof wizards>}`
  | `l10n:${Leaves<typeof l10n>}`
  | `search:${Leaves<typeof search>}`;

/** A key that has plural forms, without its suffix: 'search.results' for search.results_one and _other. */
export type PluralKey = StringKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/**
 * A key as written at the call site: a literal must be a real key, so a typo fails `astro check`; a key
 * built at run time (`wizards:${step}.title`, a plain string) cannot be known to the compiler and is
 * checked when the page is built instead.
 */
export type CheckedKey<K extends string> = {} extends Record<K, 1> ? K : K extends StringKey ? K : StringKey;

// Keys computed at run time cannot satisfy i18next's typed signatures; these two untyped views are for them.
const lookup = instance.t as unknown as (key: string, options: Record<string, unknown>) => string;
const exists = instance.exists as unknown as (key: string, options: Record<string, unknown>) => boolean;

/** translateKey()'s answers for keys without options, per locale (troubleshooter titles on every article page). */
const plainKeys = new Map<string, string>();

/**
 * Looks up a key computed at run time (a wizard step's text, a topic label). The key cannot be
 * checked by the compiler, so an unknown key fails the build here instead of printing the key.
 */
export function translateKey<K extends string>(
  locale: Locale,
  key: CheckedKey<K>,
  options: Record<string, unknown> = {},
): string {
  const plain = Object.keys(options).length === 0;
  const cacheKey = `${locale}\u0000${key}`;
  const cached = plain ? plainKeys.get(cacheKey) : undefined;
  if (cached !== undefined) return cached;
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['ui', key];
  if (!exists(path, { ...options, ns, lng: sourceLocale })) {
    throw new Error(`Missing string "${ns}:${path}" in content/locales/${sourceLocale}/${ns}.json`);
  }
  const text = lookup(path, { ...options, ns, lng: locale });
  if (plain) plainKeys.set(cacheKey, text);
  return text;
}

/** True when the locale has its own string for the key (not the English fallback). */
export function hasOwnString<K extends string>(locale: Locale, key: CheckedKey<K>): boolean {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['ui', key];
  return exists(path, { ns, lng: locale, fallbackLng: false });
}

/** The unformatted template of a string (placeholders kept), for browser code that fills them in itself. */
export function rawString<K extends string>(locale: Locale, key: CheckedKey<K>): string {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['ui', key];
  const value = instance.getResource(locale, ns, path) ?? instance.getResource(sourceLocale, ns, path);
  if (typeof value !== 'string') throw new Error(`Missing string "${ns}:${path}"`);
  return value;
}

/** pluralTemplates() per locale and key: the search form on every page asks for the same ones. */
const pluralForms = new Map<string, PluralTemplates>();

/**
 * Every plural form of a key that the locale's language uses, as raw templates for browser code that picks the form
 * with Intl.PluralRules (lib/fill-template.ts). Forms the translation lacks fall back to English, as i18next does.
 */
export function pluralTemplates(locale: Locale, key: PluralKey): PluralTemplates {
  const cacheKey = `${locale}\u0000${key}`;
  const cached = pluralForms.get(cacheKey);
  if (cached) return { ...cached };
  const base: string = key;
  const forms: PluralTemplates = { other: rawString(locale, `${base}_other`) };
  for (const category of new Intl.PluralRules(localeInfo(locale).lang).resolvedOptions().pluralCategories) {
    const full: string = `${base}_${category}`;
    if (hasOwnString(locale, full) || hasOwnString(sourceLocale, full)) forms[category] = rawString(locale, full);
  }
  pluralForms.set(cacheKey, forms);
  return { ...forms };
}
