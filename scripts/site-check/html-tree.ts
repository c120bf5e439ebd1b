// A small, forgiving HTML reader for checking built pages in Node: elements with attributes and
// text, enough to find links, ids and image text. Not a full HTML5 parser: it trusts the
// well-formed markup Astro writes and never guesses implied end tags.

export interface HtmlText {
  type: 'text';
  text: string;
}

export interface HtmlElement {
  type: 'element';
  /** Lowercase tag name ("#document" for the root). */
  tag: string;
  /** Lowercase attribute names; values with entities decoded. */
  attrs: Map<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | undefined;
}

export type HtmlNode = HtmlElement | HtmlText;

const voidTags = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is text up to their own end tag, never markup. */
const rawTextTags = new Set(['script', 'style', 'textarea', 'title']);

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references (&amp;, &#39;, &#x2F;); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[ref.toLowerCase()] ?? whole;
  });
}

const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of source.matchAll(attributePattern)) {
    const name = match[1]!.toLowerCase();
    // The first occurrence wins, as in browsers.
    if (!attrs.has(name)) attrs.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attrs;
}

// Sticky patterns read a tag where the scanner stands, without copying the rest of the page.
const endTagPattern = /<\/([a-zA-Z][^\s/>]*)[^>]*>/y;
const startTagPattern = /<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;

/** The document tree of an HTML string. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { type: 'element', tag: '#document', attrs: new Map(), children: [], parent: undefined };
  let current = root;
  let i = 0;
  const addText = (text: string) => {
    if (text) current.children.push({ type: 'text', text: decodeEntities(text) });
  };

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      addText(html.slice(i));
      break;
    }
    addText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    endTagPattern.lastIndex = lt;
    const endTag = endTagPattern.exec(html);
    if (endTag) {
      const tag = endTag[1]!.toLowerCase();
      // Close up to the matching open element; a stray end tag is ignored.
      for (let node: HtmlElement | undefined = current; node && node !== root; node = node.parent) {
        if (node.tag === tag) {
          current = node.parent ?? root;
          break;
        }
      }
      i = lt + endTag[0].length;
      continue;
    }
    startTagPattern.lastIndex = lt;
    const startTag = startTagPattern.exec(html);
    if (!startTag) {
      addText('<');
      i = lt + 1;
      continue;
    }
    const tag = startTag[1]!.toLowerCase();
    let rest = startTag[2] ?? '';
    const selfClosing = rest.trimEnd().endsWith('/');
    if (selfClosing) rest = rest.trimEnd().slice(0, -1);
    const element: HtmlElement = { type: 'element', tag, attrs: parseAttributes(rest), children: [], parent: current };
    current.children.push(element);
    i = lt + startTag[0].length;
    if (selfClosing || voidTags.has(tag)) continue;
    if (rawTextTags.has(tag)) {
      const closing = new RegExp(`</${tag}`, 'gi');
      closing.lastIndex = i;
      const close = closing.exec(html)?.index ?? -1;
      const end = close === -1 ? html.length : close;
      const text = html.slice(i, end);
      if (text)
        element.children.push({
          type: 'text',
          text: tag === 'title' || tag === 'textarea' ? decodeEntities(text) : text,
        });
      const gt = close === -1 ? -1 : html.indexOf('>', close);
      i = gt === -1 ? html.length : gt + 1;
      continue;
    }
    current = element;
  }
  return root;
}

/** Every element under a node, in document order. */
export function* elementsOf(node: HtmlElement): Generator<HtmlElement> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elementsOf(child);
  }
}

/** The text inside an element, whitespace collapsed (what a reader or screen reader gets). */
export function textOf(node: HtmlElement): string {
  const parts: string[] = [];
  const visit = (n: HtmlNode) => {
    if (n.type === 'text') parts.push(n.text);
    else if (n.tag !== 'script' && n.tag !== 'style') n.children.forEach(visit);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
