import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serviceWorkerScript, workerCode } from '../../../../scripts/offline/service-worker-script.ts';
import type { OfflineManifest } from '../../../../src/workers/offline-manifest.ts';

describe('dist/sw.js', () => {
  it('is the worker as one classic script: types gone, no import or export left', () => {
    const code = workerCode();
    expect(code).toContain("addEventListener('fetch'");
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toMatch(/\binterface\s|declare const/);
  });

  it('starts with the manifest the worker reads', () => {
    const manifest: OfflineManifest = {
      version: 'abc',
      prefix: 'p-',
      cache: 'p-abc',
      shared: { '/': '0' },
      locales: {},
    };
    const script = serviceWorkerScript(manifest, 'self.x = OFFLINE_MANIFEST;');
    const scope: { x?: unknown } = {};
    new Function('self', script)(scope);
    expect(scope.x).toEqual(manifest);
  });

  it('refuses a worker that imports code, which a classic script cannot load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slh-worker-'));
    const source = join(dir, 'worker.ts');
    writeFileSync(source, "import { x } from './x.ts';\nconsole.log(x);\n");
    try {
      expect(() => workerCode(pathToFileURL(source))).toThrow(/may import types only/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
