// `npm run test:links`: checks the built site (dist/, or the folder given) for broken internal links
// and anchors, images without a text alternative and pages nobody can reach. Exits 1 on any problem.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBuiltSite } from './built-site.ts';
import { checkSite, formatReport } from './link-check.ts';

const dir = resolve(process.argv[2] ?? process.env['SLH_DIST'] ?? 'dist');
if (!existsSync(dir)) {
  console.error(`No built site in ${dir}. Run "npm run build" first.`);
  process.exit(1);
}

const report = checkSite(readBuiltSite(dir));
console.log(`Link check of ${dir}`);
console.log(formatReport(report));
process.exit(report.problems.length === 0 ? 0 : 1);
