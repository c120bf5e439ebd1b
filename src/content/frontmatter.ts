// Splits an MDX file into its YAML frontmatter and body, the way Astro's loader reads it.
import { parse } from 'yaml';

export interface SplitFile {
  data: unknown;
  body: string;
}

export class FrontmatterError extends Error {}

/** Parses the leading `---` block; throws FrontmatterError with the YAML problem when it is malformed. */
export function splitFrontmatter(source: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new FrontmatterError('the file does not start with a --- frontmatter block');
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch (error) {
    throw new FrontmatterError(`the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return { data, body: source.slice(match[0].length) };
}
