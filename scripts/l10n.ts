// `npm run l10n`: the translation report for every locale, and the tools around it (see TRANSLATING.md).
//   npm run l10n                              report; exit code 1 when there are errors
//   npm run l10n -- --json                    the same report as JSON (outdated strings and article diffs included)
//   npm run l10n -- --errors-only             only errors (what `npm test` runs)
//   npm run l10n -- --mark <target>           record that translations match the current English:
//                                             it, it/<slug>, it/<namespace>.json, it/<namespace>:<key>
//   npm run l10n -- --diff it/<slug>          what changed in the English article since it/<slug> was marked
//   npm run l10n -- --export it [--all] [--out file.xlf]   XLIFF 1.2 for a translation tool
//   npm run l10n -- --import file.xlf         write a translated XLIFF file back, all or nothing
import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { allLocales, localeCodes, sourceLocale } from '../src/i18n/locales.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { buildL10nReport } from '../src/l10n/l10n-report.ts';
import { formatArticleDiff, formatReport } from '../src/l10n/l10n-format.ts';
import { markTranslations, MarkError } from '../src/l10n/mark-translation.ts';
import { translationUnits } from '../src/l10n/translation-units.ts';
import { writeXliff } from '../src/l10n/xliff.ts';
import { ImportError, importXliff } from '../src/l10n/xliff-import.ts';

const usage =
  'Usage: npm run l10n [-- --json | --errors-only | --mark <target> ... | --diff <locale>/<slug> | --export <locale> [--all] [--out <file>] | --import <file>]';

let args;
try {
  args = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      'errors-only': { type: 'boolean', default: false },
      mark: { type: 'string', multiple: true, default: [] },
      diff: { type: 'string' },
      export: { type: 'string' },
      all: { type: 'boolean', default: false },
      out: { type: 'string' },
      import: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

if (args.help) {
  console.log(`${usage}\nSee TRANSLATING.md.`);
  process.exit(0);
}

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

if (args.mark.length > 0) {
  try {
    for (const target of args.mark) {
      for (const m of markTranslations(contentRoot, target, localeCodes, sourceLocale)) {
        const what = m.hash ? `sourceHash ${m.hash}` : `${m.keys} string${m.keys === 1 ? '' : 's'}`;
        console.log(`${m.changed ? 'marked ' : 'already'} ${relative(process.cwd(), m.file)} (${what})`);
      }
    }
  } catch (error) {
    if (!(error instanceof MarkError)) throw error;
    fail(error.message);
  }
  process.exit(0);
}

if (args.export !== undefined) {
  const locale =
    allLocales.find((l) => l.code === args.export && l.code !== sourceLocale) ??
    fail(
      `--export "${args.export}": name a translation locale (${localeCodes.filter((c) => c !== sourceLocale).join(', ')})`,
    );
  const files = translationUnits(contentRoot, locale, sourceLocale, args.all);
  const out = args.out ?? `${locale.code}.xlf`;
  writeFileSync(out, writeXliff(files, allLocales.find((l) => l.code === sourceLocale)!.lang, locale.lang));
  const units = (kind: string) => files.filter((f) => f.kind === kind).reduce((n, f) => n + f.units.length, 0);
  const articles = files.filter((f) => f.kind === 'article').length;
  console.log(
    `wrote ${out} (XLIFF 1.2, ${args.all ? 'everything' : 'missing and outdated only'}): ${units('strings')} strings, ${units('article')} parts of ${articles} articles`,
  );
  process.exit(0);
}

if (args.import !== undefined) {
  try {
    const result = importXliff(contentRoot, readFileSync(args.import, 'utf8'), allLocales, sourceLocale);
    for (const file of result.written) console.log(`wrote   ${relative(process.cwd(), `${contentRoot}/${file}`)}`);
    for (const file of result.marked) console.log(`marked  ${file}`);
    for (const file of result.skipped) console.log(`skipped ${file} (not every part translated yet)`);
    console.log(`imported ${args.import} into ${result.locale}: ${result.written.length} files changed`);
    process.exit(0);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const report = buildL10nReport({ root: contentRoot, locales: allLocales, sourceLocale });

if (args.diff !== undefined) {
  const [locale = '', slug = ''] = args.diff.replace(/\.mdx$/, '').split('/');
  const localeReport =
    report.locales.find((l) => l.code === locale) ??
    fail(
      `"${args.diff}": unknown translation locale "${locale}" (known: ${report.locales.map((l) => l.code).join(', ')})`,
    );
  const article =
    localeReport.articles.find((a) => a.slug === slug) ?? fail(`"${args.diff}": there is no English article "${slug}"`);
  if (args.json) console.log(JSON.stringify(article, null, 2));
  else console.log(formatArticleDiff(locale, article));
  process.exit(0);
}

if (args.json) console.log(JSON.stringify(report, null, 2));
else console.log(formatReport(report, args['errors-only']));
process.exitCode = report.errors > 0 ? 1 : 0;
