// Chooses a site locale from the browser's ordered language preferences.
import { sourceLocale } from './locales.ts';

/** First preference whose primary language we have (it-CH -> it); otherwise the source locale. */
export function pickLocale(preferred: readonly string[], available: readonly { code: string; lang: string }[]): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = available.find((l) => l.lang.toLowerCase() === lower);
    if (exact) return exact.code;
    const primary = available.find((l) => l.lang.toLowerCase().split('-')[0] === lower.split('-')[0]);
    if (primary) return primary.code;
  }
  return sourceLocale;
}
