// The parts of a translatable text that are code, not words. In an article (MDX): components (<Kb id="3396" />,
// <Callout kind="tip"> ... </Callout>), {expressions} and `inline code`. In a string: i18next placeholders
// ({{count}}) only, since a string file is text (a "<key>" or "{+added+}" there is meant literally).
// The XLIFF export wraps them as inline codes so a translation tool shows them as tags it cannot break,
// and the import checks that a translation kept exactly the codes of the English.
import { placeholders } from './string-check.ts';

export interface Code {
  kind: 'open' | 'close' | 'standalone';
  /** The code as written. */
  text: string;
  /** Where it is in the text. */
  start: number;
  /** For tags, the element name. */
  name?: string;
  ctype: 'x-mdx-component' | 'x-i18next-placeholder' | 'x-mdx-expression' | 'x-code';
}

/** What kind of text: an article part (MDX) or a string of a string file. */
export type TextKind = 'mdx' | 'string';

const codePatterns: Record<TextKind, RegExp> = {
  mdx: /(`[^`\n]*`)|(\{\{[^{}]*\}\})|(\{[^{}]*\})|(<\/?([A-Za-z][\w.:-]*)(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>)/g,
  string: /()(\{\{[^{}]*\}\})/g,
};

/** Every code in a text, in order. */
export function findCodes(text: string, kind: TextKind): Code[] {
  return [...text.matchAll(codePatterns[kind])].map((m): Code => {
    const [whole, code, placeholder, , tag, name] = m;
    if (code) return { kind: 'standalone', text: whole, start: m.index, ctype: 'x-code' };
    if (placeholder) return { kind: 'standalone', text: whole, start: m.index, ctype: 'x-i18next-placeholder' };
    if (!tag) return { kind: 'standalone', text: whole, start: m.index, ctype: 'x-mdx-expression' };
    const kind = whole.startsWith('</') ? 'close' : whole.endsWith('/>') ? 'standalone' : 'open';
    return { kind, text: whole, start: m.index, name: name!, ctype: 'x-mdx-component' };
  });
}

/** What must survive translation, one label per code: a component by name and id, a placeholder by name, other code as written. */
function signature(code: Code): string {
  if (code.ctype === 'x-i18next-placeholder') return `{{${placeholders(code.text)[0] ?? ''}}}`;
  if (code.ctype !== 'x-mdx-component') return code.text;
  if (code.kind === 'close') return `</${code.name}>`;
  const id = /\bid=(?:"([^"]*)"|'([^']*)')/.exec(code.text);
  return id
    ? `<${code.name} id="${id[1] ?? id[2]}"${code.kind === 'standalone' ? ' /' : ''}>`
    : `<${code.name}${code.kind === 'standalone' ? ' /' : ''}>`;
}

/**
 * How the codes of a translation differ from the English: labels the translation lacks and labels it
 * added (attributes other than `id`, such as a caption, may differ). Empty when they match.
 */
export function codeDifferences(
  english: string,
  translation: string,
  kind: TextKind,
): { missing: string[]; extra: string[] } {
  // A placeholder counts once however often it is used, as in the report's placeholder check; everything else counts each time.
  const labels = (text: string) => {
    const all = findCodes(text, kind).map(signature);
    return all.filter((label, i) => !label.startsWith('{{') || all.indexOf(label) === i);
  };
  const left = new Map<string, number>();
  for (const label of labels(translation)) left.set(label, (left.get(label) ?? 0) + 1);
  const missing: string[] = [];
  for (const label of labels(english)) {
    const n = left.get(label) ?? 0;
    if (n > 0) left.set(label, n - 1);
    else missing.push(label);
  }
  const extra = [...left].flatMap(([label, n]) => Array.from({ length: n }, () => label));
  return { missing, extra };
}

/** Pairs of open and close tags of the same element in a text, by index into findCodes(): nested properly or not at all. */
export function pairedTags(codes: readonly Code[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  codes.forEach((c, i) => {
    if (c.kind === 'open') open.push(i);
    else if (c.kind === 'close') {
      const at = open.findLastIndex((o) => codes[o]!.name === c.name);
      if (at !== -1) {
        pairs.set(open[at]!, i);
        open.splice(at);
      }
    }
  });
  return pairs;
}
