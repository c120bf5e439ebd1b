// `npm run l10n` as translators and `npm test` run it: exit codes, text and JSON output.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { L10nReport } from '../../../src/l10n/l10n-report.ts';

const run = (args: string[], contentDir?: string) => {
  const env = { ...process.env };
  delete env['SLH_EXTRA_LOCALES'];
  if (contentDir) env['SLH_CONTENT_DIR'] = contentDir;
  else delete env['SLH_CONTENT_DIR'];
  return spawnSync(process.execPath, ['scripts/l10n.ts', ...args], { encoding: 'utf8', env });
};

describe('npm run l10n', () => {
  it('passes on the real content', () => {
    const result = run(['--errors-only']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^l10n: 0 errors, \d+ warnings?\./m);
  });

  it('fails on the fixture and prints each problem under its file', () => {
    const result = run([], 'test/fixtures/l10n');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'it · Italiano (it)\n  Articles  3 up to date, 2 outdated, 1 missing (of 6)\n  Strings   ui needs work · wizards missing (2 outdated strings)',
    );
    expect(result.stdout).toContain(
      '  Errors (10)\n    test/fixtures/l10n/articles/it/changed.mdx\n      terminology     codice di verifica (line 15): challenge code in the body: write "codice di autenticazione"',
    );
    expect(result.stdout).toContain('lost reference  <Kb id="9001" />');
    expect(result.stdout).toContain('placeholder     greeting: placeholders {{nome}} differ from English {{name}}');
    expect(result.stdout).toContain('  Warnings (5)');
    expect(result.stdout).toContain(
      'outdated string  items_one: the English changed since this string was marked\n                         was: "{{count}} thing"\n                         now: "{{count}} item"',
    );
    expect(result.stdout).toContain('l10n: 10 errors, 5 warnings.');
  });

  it('prints only errors with --errors-only', () => {
    const result = run(['--errors-only'], 'test/fixtures/l10n');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Errors (10)');
    expect(result.stdout).not.toContain('Warnings');
    expect(result.stdout).not.toContain('outdated.mdx');
  });

  it('prints the report as JSON with --json', () => {
    const result = run(['--json'], 'test/fixtures/l10n');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as L10nReport;
    expect([report.errors, report.warnings]).toEqual([10, 5]);
    expect(report.locales[0]?.issues.filter((i) => i.kind === 'glossary').map((i) => i.item)).toEqual([
      'Ib Key',
      'Portale Clienti',
      'Portale Clienti',
    ]);
    // What a bot commenting on a pull request needs: outdated strings with both Englishes, and article diffs.
    const italian = report.locales[0]!;
    expect(italian.namespaces.find((n) => n.namespace === 'ui')?.outdatedStrings[0]).toMatchObject({
      key: 'items_one',
      previousEnglish: '{{count}} thing',
      english: '{{count}} item',
    });
    expect(italian.articles.find((a) => a.slug === 'changed')?.diff?.sections.map((s) => s.change)).toEqual([
      'added',
      'changed',
      'removed',
    ]);
  });

  it('prints what changed in an English article since the translation was marked, without git', () => {
    const result = run(['--diff', 'it/changed'], 'test/fixtures/l10n');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('  summary\n    The English [-lost-]{+gained+} a section{+ and lost one+}.');
    expect(result.stdout).toContain(
      '  ## Steps  changed\n    2. Type the response and [-press-]{+select+} [-Login-]{+Log in+}.',
    );
    expect(result.stdout).toContain('  ## Old notes  removed');
    expect(run(['--diff', 'it/up-to-date'], 'test/fixtures/l10n').stdout).toContain('Up to date');
    expect(run(['--diff', 'it/outdated'], 'test/fixtures/l10n').stdout).toContain('was not stored');
    expect(run(['--diff', 'it/nope'], 'test/fixtures/l10n').status).toBe(2);
  });

  it('shows an English change by section in a copy of the content with no git history at all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slh-nogit-'));
    try {
      cpSync('content', join(dir, 'content'), { recursive: true });
      const en = join(dir, 'content/articles/en/voice-callback.mdx');
      writeFileSync(
        en,
        readFileSync(en, 'utf8').replace('It should come within about a minute.', 'It usually comes within a minute.'),
      );
      const result = spawnSync(
        process.execPath,
        [join(process.cwd(), 'scripts/l10n.ts'), '--diff', 'it/voice-callback'],
        {
          encoding: 'utf8',
          cwd: dir,
          env: { ...process.env, SLH_CONTENT_DIR: join(dir, 'content'), GIT_DIR: join(dir, 'no-such-repository') },
        },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('## Get the code by phone  changed');
      expect(result.stdout).toContain(
        '    3. Wait for the call. It [-should-]{+usually+} [-come-]{+comes+} within[- about-] a minute.',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exports XLIFF and imports it back, all or nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slh-cli-'));
    try {
      cpSync('content', join(dir, 'content'), { recursive: true });
      const file = join(dir, 'it.xlf');
      const exported = run(['--export', 'it', '--all', '--out', file], join(dir, 'content'));
      expect(exported.status, exported.stderr).toBe(0);
      const articles = readdirSync('content/articles/en').filter((f) => f.endsWith('.mdx')).length;
      expect(exported.stdout).toMatch(
        new RegExp(`^wrote .*it.xlf \\(XLIFF 1.2, everything\\): \\d+ strings, \\d+ parts of ${articles} articles`),
      );
      const imported = run(['--import', file], join(dir, 'content'));
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.stdout).toContain('0 files changed');
      writeFileSync(file, readFileSync(file, 'utf8').replace('target-language="it"', 'target-language="de"'));
      const refused = run(['--import', file], join(dir, 'content'));
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('Nothing was imported');
      expect(run(['--export', 'en'], join(dir, 'content')).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown option or mark target with exit code 2', () => {
    expect(run(['--bogus']).status).toBe(2);
    const result = run(['--mark', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('source language');
  });
});
