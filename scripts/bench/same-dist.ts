// Proves a change leaves the built site as it was: builds a git ref (default HEAD) and the working tree, each with
// `npm run build` in a temporary folder of its own, and compares the two dist/ folders byte for byte, sw.js and its
// build id included. `node scripts/bench/same-dist.ts [--base <ref>] [--keep]`; exits 1 on any difference.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { base: { type: 'string', default: 'HEAD' }, keep: { type: 'boolean', default: false } },
});
const repo = resolve(import.meta.dirname, '../..');
const log = (...parts: unknown[]) => console.error(...parts);

/** Astro's and the tests' caches: each copy builds with its own, so neither build can reuse the other's entries. */
const ownCaches = new Set(['.astro', '.astro-test', '.cache', '.vite']);

/** A node_modules whose packages are the repository's (symlinked) but whose caches are the copy's own. */
function linkModules(into: string): void {
  mkdirSync(join(into, 'node_modules'));
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (!ownCaches.has(name)) symlinkSync(join(repo, 'node_modules', name), join(into, 'node_modules', name));
  }
}

/** The files of a git ref, as `git archive` writes them. */
function exportRef(ref: string, into: string): void {
  mkdirSync(into, { recursive: true });
  const tar = execFileSync('git', ['-C', repo, 'archive', '--format=tar', ref], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', into], { input: tar });
}

/** The working tree as it is now: tracked and untracked files, minus what .gitignore leaves out. */
function exportWorkingTree(into: string): void {
  const files = execFileSync('git', ['-C', repo, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(repo, file))) continue; // deleted but not yet committed
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(join(repo, file), join(into, file));
  }
}

function build(dir: string, label: string): void {
  log(`Building ${label} in ${dir} ...`);
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['SLH_CONTENT_DIR', 'SLH_DIST', 'SLH_ASTRO_CACHE_DIR']) delete env[name];
  const run = spawnSync('npm', ['run', 'build'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) {
    log(`${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-30).join('\n'));
    throw new Error(`npm run build failed for ${label}`);
  }
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  });
}

/** The differences between two built sites: files only in one of them, and files whose bytes differ. */
export function compareSites(before: string, after: string): string[] {
  const a = new Set(filesUnder(before));
  const b = new Set(filesUnder(after));
  const problems: string[] = [];
  for (const file of [...a].sort()) if (!b.has(file)) problems.push(`only before: ${file}`);
  for (const file of [...b].sort()) if (!a.has(file)) problems.push(`only after:  ${file}`);
  for (const file of [...a].sort()) {
    if (b.has(file) && !readFileSync(join(before, file)).equals(readFileSync(join(after, file))))
      problems.push(`differs:     ${file}`);
  }
  return problems;
}

function main(): number {
  const root = mkdtempSync(join(tmpdir(), 'slh-same-dist-'));
  try {
    const before = join(root, 'before');
    const after = join(root, 'after');
    exportRef(args.base, before);
    exportWorkingTree(after);
    linkModules(before);
    linkModules(after);
    build(before, `${args.base}`);
    build(after, 'the working tree');
    const problems = compareSites(join(before, 'dist'), join(after, 'dist'));
    const count = filesUnder(join(after, 'dist')).length;
    if (problems.length === 0) {
      console.log(`dist/ is byte for byte the same as ${args.base}'s: ${count} files, sw.js included.`);
      return 0;
    }
    console.log(`dist/ differs from ${args.base}'s in ${problems.length} of ${count} files:`);
    for (const problem of problems.slice(0, 50)) console.log(`  ${problem}`);
    if (problems.length > 50) console.log(`  ... and ${problems.length - 50} more`);
    return 1;
  } finally {
    if (args.keep) log(`Kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

process.exitCode = main();
