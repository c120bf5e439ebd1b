// `npm run l10n` as translators and `npm test` run it: exit codes, text and JSON output.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
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
    expect(result.stdout).toContain('it · Italiano (it)\n  Articles  3 up to date, 1 outdated, 1 missing (of 5)');
    expect(result.stdout).toContain('  Errors (8)\n    test/fixtures/l10n/articles/it/lost-reference.mdx\n      lost reference  <Kb id="9001" />');
    expect(result.stdout).toContain('placeholder     greeting: placeholders {{nome}} differ from English {{name}}');
    expect(result.stdout).toContain('  Warnings (2)');
    expect(result.stdout).toContain('l10n: 8 errors, 2 warnings.');
  });

  it('prints only errors with --errors-only', () => {
    const result = run(['--errors-only'], 'test/fixtures/l10n');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Errors (8)');
    expect(result.stdout).not.toContain('Warnings');
    expect(result.stdout).not.toContain('outdated.mdx');
  });

  it('prints the report as JSON with --json', () => {
    const result = run(['--json'], 'test/fixtures/l10n');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as L10nReport;
    expect([report.errors, report.warnings]).toEqual([8, 2]);
    expect(report.locales[0]?.issues.filter((i) => i.kind === 'glossary').map((i) => i.item)).toEqual(['Ib Key', 'Portale Clienti', 'Portale Clienti']);
  });

  it('rejects an unknown option or mark target with exit code 2', () => {
    expect(run(['--bogus']).status).toBe(2);
    const result = run(['--mark', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('source language');
  });
});
