// `npm run l10n`: the translation report for every locale (see TRANSLATING.md).
//   npm run l10n                          report; exit code 1 when there are errors
//   npm run l10n -- --json                the same report as JSON
//   npm run l10n -- --errors-only         only errors (what `npm test` runs)
//   npm run l10n -- --mark it/<slug>      record that a translation matches the current English article
//   npm run l10n -- --mark it             ... every article of a locale
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { allLocales, localeCodes, sourceLocale } from '../src/i18n/locales.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { buildL10nReport } from '../src/l10n/l10n-report.ts';
import { formatReport } from '../src/l10n/l10n-format.ts';
import { markTranslations, MarkError } from '../src/l10n/mark-translation.ts';

let args;
try {
  args = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      'errors-only': { type: 'boolean', default: false },
      mark: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run l10n [-- --json | --errors-only | --mark <locale>[/<slug>]]`);
  process.exit(2);
}

if (args.help) {
  console.log('Usage: npm run l10n [-- --json | --errors-only | --mark <locale>[/<slug>] ...]\nSee TRANSLATING.md.');
  process.exit(0);
}

if (args.mark.length > 0) {
  try {
    for (const target of args.mark) {
      for (const m of markTranslations(contentRoot, target, localeCodes, sourceLocale)) {
        console.log(`${m.changed ? 'marked ' : 'already'} ${relative(process.cwd(), m.file)} (sourceHash ${m.hash})`);
      }
    }
  } catch (error) {
    if (!(error instanceof MarkError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  process.exit(0);
}

const report = buildL10nReport({ root: contentRoot, locales: allLocales, sourceLocale });
if (args.json) console.log(JSON.stringify(report, null, 2));
else console.log(formatReport(report, args['errors-only']));
process.exitCode = report.errors > 0 ? 1 : 0;
