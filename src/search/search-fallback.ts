// Which other languages a search falls back to when nothing in the page's own language matches: a translation falls
// back to the source language (English), which has every page; the source language to every translation.
import { allLocales, sourceLocale, type Locale, type LocaleInfo } from '../i18n/locales.ts';

/** The locales whose pages a search on this locale's pages offers when its own find nothing, in list order. */
export function searchFallbacks(locale: Locale): LocaleInfo[] {
  return locale === sourceLocale
    ? allLocales.filter((l) => l.code !== locale)
    : allLocales.filter((l) => l.code === sourceLocale);
}

/** A language's name in another language ("Italian" in English, "inglese" in Italian), for labels. */
export function languageName(lang: string, inLang: string): string {
  return new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang;
}
