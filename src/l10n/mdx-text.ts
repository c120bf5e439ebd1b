// What a reader sees in an MDX body, as opposed to its markup: code, component tags, expressions
// and link targets are not prose, so checks on wording must not look inside them.

const fencedCode = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\S\n]*$/gm;
const inlineCode = /`[^`\n]*`/g;
/** Everything proseOf() leaves out, in the order it removes them; link targets keep their "]". */
const notProse = [
  /<\/?[A-Za-z][^>]*>/g,
  /\{[^}]*\}/g,
  /(?<=\])\([^)]*\)/g,
  /\b(?:https?:\/\/|www\.)\S+/g,
  /[\w.+-]+@[\w-]+\.[\w.]+/g,
];

/** The body without code blocks and inline code, which may show markup literally. */
export function withoutCode(body: string): string {
  return body.replace(fencedCode, ' ').replace(inlineCode, ' ');
}

/**
 * The prose of a body: no code, no JSX/HTML tags (their attributes hold ids such as "recover-ib-key"),
 * no {expressions}, no link targets or bare URLs. Children of components (captions, callouts) stay.
 */
export function proseOf(body: string): string {
  return withoutCode(body)
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, ' ');
}

/** Spaces for every character of a match, newlines kept, so offsets and line numbers stay where they were. */
const blank = (match: string) => match.replace(/[^\n]/g, ' ');

/**
 * The same prose as proseOf(), but with what is left out replaced by spaces of the same length: an offset
 * in the result is an offset in the body, so a finding can name its line.
 */
export function maskedProse(body: string): string {
  let text = body.replace(fencedCode, blank).replace(inlineCode, blank);
  for (const pattern of notProse) text = text.replace(pattern, blank);
  return text;
}
