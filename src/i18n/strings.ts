// The string files (content/locales/<locale>/<namespace>.json), loaded for i18next at build time and checked as
// they load: a file that is not JSON, or a value that is not text, stops the build naming the file and the key.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource, ResourceLanguage } from 'i18next';
import { contentRoot } from '../lib/content-root.ts';
import { sourceLocale } from './locales.ts';

/** The namespaces: the source locale's file names, because the source defines what exists. The one list. */
export function namespaces(root: string = contentRoot): string[] {
  return readdirSync(join(root, 'locales', sourceLocale))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Throws unless every leaf of a string file is text (nested objects group keys; nothing else is allowed). */
function checkStrings(value: unknown, file: string, path = ''): void {
  if (typeof value === 'string') return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value;
    throw new Error(
      `${file}: ${path ? `"${path}"` : 'the file'} must be ${path ? 'text' : 'an object of strings'}, not ${what}`,
    );
  }
  for (const [key, child] of Object.entries(value)) checkStrings(child, file, path ? `${path}.${key}` : key);
}

/** Every namespace of one locale; a missing file is skipped (the English text shows, and `npm run l10n` says so). */
function loadLocale(code: string, root: string = contentRoot): ResourceLanguage {
  const out: ResourceLanguage = {};
  for (const ns of namespaces(root)) {
    const file = join(root, 'locales', code, `${ns}.json`);
    if (!existsSync(file)) continue;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
    }
    checkStrings(data, file);
    out[ns] = data as ResourceLanguage[string];
  }
  return out;
}

export function loadResources(codes: readonly string[], root: string = contentRoot): Resource {
  return Object.fromEntries(codes.map((code) => [code, loadLocale(code, root)]));
}
