// `npm run test:html`: validates every page of the built site (dist/, or the folder given) with html-validate, a
// validator this project did not write, under .htmlvalidate.mjs (its recommended rules). Each problem is printed as
// file:line:column, the rule, the message and the element (a CSS selector and the markup around it), because pages
// are written on one line and a column alone does not say where. Exits 1 on any problem.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type Message } from 'html-validate';
import config from '../../.htmlvalidate.mjs';

const dir = resolve(process.argv[2] ?? process.env['SLH_DIST'] ?? 'dist');
if (!existsSync(dir)) {
  console.error(`No built site in ${dir}. Run "npm run build" first.`);
  process.exit(1);
}

/** Every .html file under a folder, sorted. */
function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The markup a problem points at, from the start of its tag, on one line and cut short. */
function excerpt(source: string, message: Message): string {
  const start = Math.max(0, source.lastIndexOf('<', message.offset));
  const text = source.slice(start, Math.max(message.offset + message.size, start + 120)).replace(/\s+/g, ' ');
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// Every page is validated with the same rules, wherever the built folder is (a scale run builds outside the repo).
const validator = new HtmlValidate(new StaticConfigLoader(config));
const files = htmlFiles(dir);
const byRule = new Map<string, number>();
let problems = 0;
let pagesWithProblems = 0;
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const report = await validator.validateString(source, file);
  const messages = report.results.flatMap((result) => result.messages);
  if (messages.length === 0) continue;
  pagesWithProblems++;
  for (const message of messages) {
    problems++;
    byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
    const where = `${relative(process.cwd(), file)}:${message.line}:${message.column}`;
    console.log(`${where} [${message.ruleId}] ${message.message}`);
    if (message.selector) console.log(`    element: ${message.selector}`);
    console.log(`    markup:  ${excerpt(source, message)}`);
    if (message.ruleUrl) console.log(`    rule:    ${message.ruleUrl}`);
  }
}
console.log(`HTML check of ${dir} (html-validate, .htmlvalidate.mjs)`);
if (problems === 0) {
  console.log(`${files.length} pages, no problems.`);
} else {
  const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `${rule} ${count}`);
  console.log(`${problems} problems in ${pagesWithProblems} of ${files.length} pages: ${rules.join(', ')}`);
}
process.exit(problems === 0 ? 0 : 1);
