// `npm run test:links`: checks the built site (dist/, or the folder given) for broken internal links
// and anchors, images without a text alternative and pages nobody can reach. Exits 1 on any problem.
// test/link-check-pending.json may name pages still being built elsewhere (see its "why").
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBuiltSite } from './built-site.ts';
import { checkSite, formatReport } from '../src/lib/link-check.ts';

const dir = resolve(process.argv[2] ?? process.env['SLH_DIST'] ?? 'dist');
const pendingFile = resolve('test/link-check-pending.json');
if (!existsSync(dir)) {
  console.error(`No built site in ${dir}. Run "npm run build" first.`);
  process.exit(1);
}

const pending = existsSync(pendingFile) ? (JSON.parse(readFileSync(pendingFile, 'utf8')) as { pages?: string[] }).pages ?? [] : [];
const report = checkSite(readBuiltSite(dir), { pending: new Set(pending) });
console.log(`Link check of ${dir}`);
console.log(formatReport(report));
process.exit(report.problems.length === 0 ? 0 : 1);
