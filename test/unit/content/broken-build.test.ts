// The real build, pointed at broken content, must stop and say what is wrong and where.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each build gets a fresh content cache: a cache shared with an earlier run can hold entries that
// point into a temporary folder deleted since (see test/astro-isolated.config.mjs).
function build(contentDir: string, outDir: string, sharedCache?: string) {
  const cache = sharedCache ?? mkdtempSync(join(tmpdir(), 'slh-build-cache-'));
  try {
    const args = ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'test/astro-isolated.config.mjs', '--outDir', outDir];
    const run = spawnSync(process.execPath, args, {
      encoding: 'utf8',
      env: { ...process.env, SLH_CONTENT_DIR: contentDir, SLH_ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 180_000,
    });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    if (!sharedCache) rmSync(cache, { recursive: true, force: true });
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

  it('checks every file again on a rebuild, when Astro takes the unchanged ones from its cache', () => {
    // The loader must not trust the content cache: a file broken after a good build fails the next build, and once
    // fixed the build passes again (nothing invalid was kept in the cache).
    const content = mkdtempSync(join(tmpdir(), 'slh-cached-'));
    const cache = mkdtempSync(join(tmpdir(), 'slh-build-cache-'));
    try {
      cpSync('content', content, { recursive: true });
      const article = join(content, 'articles/it/voice-callback.mdx');
      const good = readFileSync(article, 'utf8');
      expect(build(content, 'node_modules/.cache/cached-build', cache).status).toBe(0);
      writeFileSync(article, good.replace(/^topic: .*$/m, 'topic: voicemail'));
      const broken = build(content, 'node_modules/.cache/cached-build', cache);
      expect(broken.status).not.toBe(0);
      expect(broken.output).toMatch(/articles\/it\/voice-callback\.mdx: field "topic"/);
      writeFileSync(article, good);
      expect(build(content, 'node_modules/.cache/cached-build', cache).status).toBe(0);
    } finally {
      rmSync(content, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  }, 400_000);
});
