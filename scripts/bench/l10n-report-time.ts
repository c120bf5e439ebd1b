// How long the translation report takes at scale: a synthetic knowledge base (synthetic-kb.ts) of N articles
// per locale in a temporary folder, then buildL10nReport() timed the way the status page calls it (articles
// already read, as the content collection hands them over) and the way `npm run l10n` does (read from disk).
// With --outdated N, every translation is first marked (storing its English, as --mark does) and then N English
// articles per thousand gain a sentence, so the report also computes that many English diffs.
//   node scripts/bench/l10n-report-time.ts [--size 1000] [--runs 5] [--outdated 100] [--json]
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { allLocales, localeCodes, sourceLocale } from '../../src/i18n/locales.ts';
import { checkArticles } from '../../src/content/article-files.ts';
import { buildL10nReport } from '../../src/l10n/l10n-report.ts';
import { markTranslations } from '../../src/l10n/mark-translation.ts';
import { syntheticKnowledgeBase, type ArticleFile } from './synthetic-kb.ts';
import { median } from './stats.ts';

export interface ReportTiming {
  articlesPerLocale: number;
  runs: number;
  /** English articles changed after every translation was marked, per locale: the diffs the report computes. */
  outdated: number;
  /** Median ms of buildL10nReport() given the checked articles (what the status page pays). */
  reportMs: number;
  /** Median ms including reading and checking every article from disk (what `npm run l10n` pays). */
  withReadMs: number;
  errors: number;
  warnings: number;
}

/** Copies a content folder to a temporary one and tops it up to `perLocale` articles per locale. */
export function syntheticContent(perLocale: number, from = 'content'): { dir: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'slh-l10n-bench-'));
  const dir = join(root, 'content');
  cpSync(from, dir, { recursive: true });
  const articlesDir = join(dir, 'articles');
  const real: ArticleFile[] = readdirSync(articlesDir).flatMap((locale) =>
    readdirSync(join(articlesDir, locale))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({
        locale,
        slug: f.slice(0, -'.mdx'.length),
        text: readFileSync(join(articlesDir, locale, f), 'utf8'),
      })),
  );
  for (const article of syntheticKnowledgeBase(real, { perLocale, sourceLocale })) {
    mkdirSync(join(articlesDir, article.locale), { recursive: true });
    writeFileSync(join(articlesDir, article.locale, `${article.slug}.mdx`), article.text);
  }
  return { dir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** Times the report over a synthetic knowledge base; the folder is deleted afterwards. */
export function timeReport(perLocale: number, runs: number, outdatedPerThousand = 0): ReportTiming {
  const { dir, dispose } = syntheticContent(perLocale);
  try {
    let outdated = 0;
    if (outdatedPerThousand > 0) {
      for (const code of localeCodes.filter((c) => c !== sourceLocale))
        markTranslations(dir, code, localeCodes, sourceLocale);
      const english = join(dir, 'articles', sourceLocale);
      const every = Math.max(1, Math.round(1000 / outdatedPerThousand));
      for (const [i, name] of readdirSync(english).sort().entries()) {
        if (i % every !== 0) continue;
        writeFileSync(
          join(english, name),
          `${readFileSync(join(english, name), 'utf8')}\nA sentence added to the English after the translation was marked.\n`,
        );
        outdated++;
      }
    }
    const articles = checkArticles(join(dir, 'articles'), localeCodes, sourceLocale);
    const options = { root: dir, locales: allLocales, sourceLocale, cwd: dir };
    const report = buildL10nReport({ ...options, articles });
    const time = (fn: () => unknown) => {
      const start = performance.now();
      fn();
      return performance.now() - start;
    };
    const reportMs = median(Array.from({ length: runs }, () => time(() => buildL10nReport({ ...options, articles }))));
    const withReadMs = median(Array.from({ length: runs }, () => time(() => buildL10nReport(options))));
    return {
      articlesPerLocale: perLocale,
      runs,
      outdated,
      reportMs,
      withReadMs,
      errors: report.errors,
      warnings: report.warnings,
    };
  } finally {
    dispose();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '5' },
      outdated: { type: 'string', default: '0' },
      json: { type: 'boolean', default: false },
    },
  });
  const result = timeReport(Number(values.size), Number(values.runs), Number(values.outdated));
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(
      `translation report, ${result.articlesPerLocale} articles per locale${result.outdated ? ` (${result.outdated} English articles changed since marked)` : ''}, median of ${result.runs} runs`,
    );
    console.log(`  report from checked articles (status page): ${result.reportMs.toFixed(0)} ms`);
    console.log(`  report reading content from disk (npm run l10n): ${result.withReadMs.toFixed(0)} ms`);
    console.log(`  ${result.errors} errors, ${result.warnings} warnings`);
  }
}
