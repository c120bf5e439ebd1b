// The real build, pointed at the broken fixture, must stop and say which file and field are wrong.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('astro build on invalid content', () => {
  it('fails, naming the file and the field', () => {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'node_modules/.cache/broken-build'], {
      encoding: 'utf8',
      env: { ...process.env, SLH_CONTENT_DIR: 'test/fixtures/broken-content', ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 120_000,
    });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain('test/fixtures/broken-content/articles/en/wrong-topic.mdx: field "topic"');
    expect(output).toContain('test/fixtures/broken-content/articles/en/no-summary.mdx: field "summary"');
    expect(output).toContain('test/fixtures/broken-content/articles/en/same-id.mdx: field "id"');
  });
});
