// Where articles and locale files live. Tests and the benchmark point SLH_CONTENT_DIR at a
// temporary folder (a broken fixture, a synthetic knowledge base) without touching content/.
import { resolve } from 'node:path';

/** Absolute path of the content folder (default: ./content under the working directory). */
export const contentRoot: string = resolve(process.env['SLH_CONTENT_DIR'] ?? 'content');
