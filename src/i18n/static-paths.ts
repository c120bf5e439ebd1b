// The one getStaticPaths for pages that exist once per locale.
import { localeCodes } from './locales.ts';

export function localeStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}
