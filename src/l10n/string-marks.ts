// Which English text each translated string was made from: per locale, one fingerprint (stringHash) per
// key, in content/string-marks/<locale>.json. Written by `npm run l10n -- --mark` and by an import;
// read by the report, which calls a string outdated when its English no longer has that fingerprint.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Namespace -> key -> fingerprint of the English the translation was made from. */
export type StringMarks = Map<string, Map<string, string>>;

const comment =
  'Written by npm run l10n -- --mark (see TRANSLATING.md): for each translated string, the fingerprint of the English it was made from. Do not edit by hand.';

export function stringMarksFile(root: string, locale: string): string {
  return join(root, 'string-marks', `${locale}.json`);
}

/** The marks in a file's text; none for a file that does not exist. */
export function parseStringMarks(text: string | undefined, file: string): StringMarks {
  if (text === undefined) return new Map();
  const data = JSON.parse(text) as Record<string, unknown>;
  const marks: StringMarks = new Map();
  for (const [ns, keys] of Object.entries(data)) {
    if (ns.startsWith('$')) continue;
    if (keys === null || typeof keys !== 'object')
      throw new Error(`${file}: "${ns}" must be an object of key fingerprints`);
    marks.set(ns, new Map(Object.entries(keys).map(([k, v]) => [k, String(v)])));
  }
  return marks;
}

export function loadStringMarks(root: string, locale: string): StringMarks {
  const file = stringMarksFile(root, locale);
  return parseStringMarks(existsSync(file) ? readFileSync(file, 'utf8') : undefined, file);
}

/** The file text: namespaces sorted, keys in the order given (the translation file's). */
export function serialiseStringMarks(marks: StringMarks): string {
  const namespaces = [...marks.keys()].filter((ns) => marks.get(ns)!.size > 0).sort();
  const data = {
    $comment: comment,
    ...Object.fromEntries(namespaces.map((ns) => [ns, Object.fromEntries(marks.get(ns)!)])),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
