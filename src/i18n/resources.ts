// Loads the UI string files (content/locales/<locale>/<namespace>.json) for i18next at build time.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource, ResourceLanguage } from 'i18next';
import { contentRoot } from '../lib/content-root.ts';
import { sourceLocale } from './locales.ts';

/** Namespaces are the source locale's file names: the source defines what exists. */
export function namespaces(root: string = contentRoot): string[] {
  return readdirSync(join(root, 'locales', sourceLocale))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Every namespace of one locale; a file that is not valid JSON fails loudly with its path. */
export function loadLocale(code: string, root: string = contentRoot): ResourceLanguage {
  const out: ResourceLanguage = {};
  for (const ns of namespaces(root)) {
    const file = join(root, 'locales', code, `${ns}.json`);
    if (!existsSync(file)) continue;
    try {
      out[ns] = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
    }
  }
  return out;
}

export function loadResources(codes: readonly string[], root: string = contentRoot): Resource {
  return Object.fromEntries(codes.map((code) => [code, loadLocale(code, root)]));
}
