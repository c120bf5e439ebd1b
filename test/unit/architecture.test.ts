// The folder rules of README "How it works": imports in src/ run one way, from pages down to the pure helpers,
// and scripts/ never reach into test/. Read from the source files themselves, so a new import that breaks the
// layering fails here with the file and the import named.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Higher layers may import lower ones; a folder may always import itself. */
const layers: Record<string, number> = {
  pages: 8,
  layouts: 7,
  components: 6,
  integrations: 6,
  elements: 5,
  workers: 5,
  l10n: 4,
  search: 4,
  content: 3,
  i18n: 2,
  wizards: 2,
  machines: 2,
  styles: 0,
  lib: 0,
};
/** Files directly in src/ (content.config.ts) sit with the pages: they wire the domain to Astro. */
const topLevel = 8;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Relative imports of a file, as repository paths: static, dynamic, side-effect and `export ... from`. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...found].map((m) =>
    relative(root, resolve(dirname(join(root, file)), m[1]!))
      .split('\\')
      .join('/'),
  );
}

const srcFolder = (path: string): string | undefined => /^src\/([^/]+)\//.exec(path)?.[1];
const layerOf = (path: string): number => {
  const folder = srcFolder(path);
  return folder === undefined ? topLevel : (layers[folder] ?? Number.NaN);
};

describe('folder layering', () => {
  const files = sourceFiles('src');

  it('knows every folder in src/', () => {
    const folders = new Set(files.map(srcFolder).filter((f) => f !== undefined));
    expect([...folders].filter((f) => !(f in layers))).toEqual([]);
  });

  it('imports in src/ only go to the same folder or a lower layer', () => {
    const wrong = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('src/'))
        .filter((target) => srcFolder(target) !== srcFolder(file) && !(layerOf(target) < layerOf(file)))
        .map((target) => `${file} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('src/ never imports scripts/ or test/', () => {
    const wrong = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('scripts/') || target.startsWith('test/'))
        .map((target) => `${file} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('scripts/ never imports test/', () => {
    const wrong = sourceFiles('scripts').flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('test/'))
        .map((target) => `${file} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('src/lib/ imports nothing else from src/', () => {
    const wrong = files
      .filter((file) => srcFolder(file) === 'lib')
      .flatMap((file) =>
        importsOf(file)
          .filter((t) => t.startsWith('src/') && srcFolder(t) !== 'lib')
          .map((t) => `${file} -> ${t}`),
      );
    expect(wrong).toEqual([]);
  });
});
