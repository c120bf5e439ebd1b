// The real build, pointed at broken content, must stop and say what is wrong and where.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each build gets a fresh content cache: a cache shared with an earlier run can hold entries that
// point into a temporary folder deleted since (see test/astro-isolated.config.mjs).
function build(contentDir: string, outDir: string) {
  const cache = mkdtempSync(join(tmpdir(), 'slh-build-cache-'));
  try {
    const args = ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'test/astro-isolated.config.mjs', '--outDir', outDir];
    const run = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      env: { ...process.env, SLH_CONTENT_DIR: contentDir, SLH_ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 180_000,
    });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

describe('astro build on invalid content', () => {
  it('fails on bad frontmatter, naming the file and the field', () => {
    const run = build('test/fixtures/broken-content', 'node_modules/.cache/broken-build');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('test/fixtures/broken-content/articles/en/wrong-topic.mdx: field "topic"');
    expect(run.output).toContain('test/fixtures/broken-content/articles/en/no-summary.mdx: field "summary"');
    expect(run.output).toContain('test/fixtures/broken-content/articles/en/same-id.mdx: field "id"');
  });

  it('fails on a <Kb> reference to an article that does not exist, naming the id', () => {
    // The real content with one bad reference added, so nothing else can be the cause.
    const content = mkdtempSync(join(tmpdir(), 'slh-unknown-kb-'));
    try {
      cpSync('content', content, { recursive: true });
      const article = join(content, 'articles/en/voice-callback.mdx');
      writeFileSync(article, `${readFileSync(article, 'utf8')}\n\nSee also <Kb id="99999" />.\n`);
      const run = build(content, 'node_modules/.cache/unknown-kb-build');
      expect(run.status).not.toBe(0);
      expect(run.output).toContain('Unknown knowledge-base article id "99999"');
      expect(run.output).toContain('/en/articles/voice-callback/');
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  }, 200_000);
});
