// Dates in the reader's locale conventions (29 November 2026 / 29 novembre 2026).
import { localeInfo, type Locale } from './locales.ts';

export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(localeInfo(locale).lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
