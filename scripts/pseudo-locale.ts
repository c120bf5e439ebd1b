// Makes a copy of content/ with a pseudo-locale (accented, 40% longer English) for checking layouts:
//   node scripts/pseudo-locale.ts /tmp/pseudo-content
// then build with the two variables it prints. The real content/ is not touched.
import { resolve } from 'node:path';
import { sourceLocale } from '../src/i18n/locales.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { writePseudoContent } from '../src/l10n/pseudo-content.ts';

const target = process.argv[2];
if (!target) {
  console.error('Usage: node scripts/pseudo-locale.ts <folder for the copy of content/>');
  process.exit(2);
}
const to = resolve(target);
const locale = writePseudoContent({ from: contentRoot, to, sourceLocale });
console.log(`Wrote ${to} with the pseudo-locale "${locale.code}". Build and serve it with:`);
console.log(`  SLH_CONTENT_DIR='${to}' SLH_EXTRA_LOCALES='${JSON.stringify([locale])}' npm start`);
