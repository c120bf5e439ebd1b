// Whether a translation still matches its English source: the one definition of "outdated", used by the
// article pages (their notice) and by the translation report, for articles and for single strings.
import { sourceHash, stringHash, type SourceText } from './source-hash.ts';

export type TranslationState = 'up-to-date' | 'outdated' | 'missing';

/**
 * Missing without a translation; up to date when the translation was marked (`sourceHash`) with the hash of the
 * English title, summary and body as they are now; outdated otherwise, including a translation never marked.
 */
export function translationState(source: SourceText, translation: { sourceHash?: string | undefined } | undefined): TranslationState {
  if (!translation) return 'missing';
  return translation.sourceHash === sourceHash(source) ? 'up-to-date' : 'outdated';
}

/**
 * A translated string is up to date when it was marked with the fingerprint of the English string as it is now;
 * outdated otherwise, including a string never marked. (A key without a translation is reported as missing.)
 */
export function stringState(english: string, recordedHash: string | undefined): 'up-to-date' | 'outdated' {
  return recordedHash === stringHash(english) ? 'up-to-date' : 'outdated';
}
