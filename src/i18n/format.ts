// Dates in the reader's locale conventions (29 November 2026 / 29 novembre 2026).
import { localeInfo, type Locale } from './locales.ts';

// Making an Intl.DateTimeFormat costs far more than using one, and every article page formats its date.
const formats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(locale: Locale, date: Date): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(localeInfo(locale).lang, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(date);
}
