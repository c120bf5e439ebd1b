// A pseudo-translation of English text: every letter accented and each string about 40% longer,
// so untranslated text, lost characters and layouts that break with longer words show at a glance.
// {{placeholders}}, $t() nesting, tags, code, URLs, entities and product names stay exactly as they are.
import { stringify } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter.ts';

const accents: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçďéƒĝĥîĵķľɱñöþǫŕšţüṽŵẋýžÅƁÇĎÉƑĜĤÎĴĶĽṀÑÖÞǪŔŠŢÜṼŴẊÝŽ'][i] ?? c,
  ]),
);

/** How much longer pseudo text is than its English source. */
export const expansion = 0.4;

const markup = [
  /\{\{[^}]*\}\}/, // i18next placeholders
  /\$t\([^)]*\)/, // i18next nesting
  /```[\s\S]*?```/, // fenced code
  /`[^`\n]*`/, // inline code
  /<[^>\n]*>/, // tags and components, attributes included
  /\{[^}\n]*\}/, // MDX expressions
  /\]\([^)\s]*\)/, // link targets
  /(?:https?:\/\/|www\.)[^\s)>\]]+/, // bare URLs
  /&#?\w+;/, // HTML entities
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function protectedPattern(terms: readonly string[]): RegExp {
  const names = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => `(?<![\\p{L}\\p{N}])${escapeRegExp(t)}(?![\\p{L}\\p{N}])`);
  return new RegExp([...markup.map((r) => r.source), ...names].map((s) => `(?:${s})`).join('|'), 'gu');
}

/** One word accented, with `extra` letters added by repeating its letters evenly (Search, 2 -> Šééáŕçĥ-like). */
function stretch(word: string, extra: number): string {
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const times = 1 + Math.floor(((k + 1) * extra) / word.length) - Math.floor((k * extra) / word.length);
    out += (accents[word[k]!] ?? word[k]!).repeat(times);
  }
  return out;
}

/**
 * The pseudo-translation of a text. The added length, 40% of the visible text (product names count,
 * markup does not), is spread over the words in proportion to their length.
 */
export function pseudoText(text: string, terms: readonly string[] = []): string {
  const pattern = protectedPattern(terms);
  const pieces: { text: string; keep: boolean; visible: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    pieces.push({ text: text.slice(last, m.index), keep: false, visible: true });
    pieces.push({ text: m[0], keep: true, visible: terms.includes(m[0]) });
    last = m.index + m[0].length;
  }
  pieces.push({ text: text.slice(last), keep: false, visible: true });

  const visible = pieces.filter((p) => p.visible).reduce((n, p) => n + p.text.length, 0);
  const letters = pieces.filter((p) => !p.keep).reduce((n, p) => n + (p.text.match(/[A-Za-z]/g)?.length ?? 0), 0);
  const totalExtra = Math.ceil(visible * expansion);
  let seen = 0;
  let given = 0;
  return pieces
    .map((p) =>
      p.keep
        ? p.text
        : p.text.replace(/[A-Za-z]+/g, (word) => {
            seen += word.length;
            const upTo = Math.round((totalExtra * seen) / letters);
            const extra = upTo - given;
            given = upTo;
            return stretch(word, extra);
          }),
    )
    .join('');
}

/** Every string leaf of a locale file pseudo-translated; keys and structure unchanged. */
export function pseudoStrings(value: unknown, terms: readonly string[] = []): unknown {
  if (typeof value === 'string') return pseudoText(value, terms);
  if (Array.isArray(value)) return value.map((v) => pseudoStrings(v, terms));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoStrings(v, terms)]));
  }
  return value;
}

/** An article file pseudo-translated: title, summary and body; `sourceHash` set when given. */
export function pseudoArticle(fileText: string, terms: readonly string[] = [], hash?: string): string {
  const { data, body } = splitFrontmatter(fileText);
  const fields = { ...(data as Record<string, unknown>) };
  for (const key of ['title', 'summary']) {
    if (typeof fields[key] === 'string') fields[key] = pseudoText(fields[key], terms);
  }
  if (hash) fields['sourceHash'] = hash;
  // Line by line, so a protected span never runs across a paragraph or a list.
  const pseudoBody = body
    .split(/(^```[\s\S]*?^```$)/m)
    .map((chunk) =>
      chunk.startsWith('```')
        ? chunk
        : chunk
            .split('\n')
            .map((line) => pseudoText(line, terms))
            .join('\n'),
    )
    .join('');
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n${pseudoBody}`;
}
