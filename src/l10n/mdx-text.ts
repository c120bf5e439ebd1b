// What a reader sees in an MDX body, as opposed to its markup: code, component tags, expressions
// and link targets are not prose, so checks on wording must not look inside them.

const fencedCode = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\S\n]*$/gm;
const inlineCode = /`[^`\n]*`/g;

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
