// Just enough XML for XLIFF files: escaping for writing, and a strict reader that turns a file into a
// tree or throws naming the line (a truncated file, a tag closed in the wrong place, an unknown entity).
// No DTDs and no external entities: a translation file has no use for them.

export interface XmlElement {
  /** The element name without its namespace prefix ("trans-unit" for "xliff:trans-unit"). */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

/** Text for an element's content. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for an attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string, line: () => number): string {
  return text.replace(/&([^;\s&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`line ${line()}: "&" must start an entity such as &amp;`);
    if (name in entities) return entities[name]!;
    const code = /^#x([0-9a-f]+)$/i.exec(name)?.[1] ?? /^#([0-9]+)$/.exec(name)?.[1];
    if (code !== undefined)
      return String.fromCodePoint(parseInt(code, name.startsWith('#x') || name.startsWith('#X') ? 16 : 10));
    throw new XmlError(`line ${line()}: unknown entity &${name};`);
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The root element of an XML document. */
export function parseXml(xml: string): XmlElement {
  const text = xml.replace(/\r\n?/g, '\n');
  let pos = 0;
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  const fail = (message: string, at = pos): never => {
    throw new XmlError(`line ${lineOf(at)}: ${message}`);
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const append = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) {
      const last = parent.children[parent.children.length - 1];
      if (typeof node === 'string' && typeof last === 'string')
        parent.children[parent.children.length - 1] = last + node;
      else parent.children.push(node);
    } else if (typeof node === 'string') {
      if (node.trim()) fail('text outside the root element');
    } else if (root) fail('a second root element');
    else root = node;
  };
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt === -1) {
      append(decode(text.slice(pos), () => lineOf(pos)));
      break;
    }
    if (lt > pos) append(decode(text.slice(pos, lt), () => lineOf(pos)));
    pos = lt;
    if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos);
      if (end === -1) fail('unfinished <? ?> declaration');
      pos = end + 2;
    } else if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos);
      if (end === -1) fail('unfinished comment');
      pos = end + 3;
    } else if (text.startsWith('<![CDATA[', pos)) {
      const end = text.indexOf(']]>', pos);
      if (end === -1) fail('unfinished CDATA section');
      if (!stack.length) fail('text outside the root element');
      append(text.slice(pos + 9, end));
      pos = end + 3;
    } else if (text.startsWith('<!', pos)) {
      fail('DOCTYPE and entity declarations are not accepted');
    } else if (text.startsWith('</', pos)) {
      const match = /^<\/([\w:.-]+)\s*>/.exec(text.slice(pos));
      if (!match) fail('malformed closing tag');
      const open = stack.pop();
      if (!open) fail(`</${match![1]}> closes nothing`);
      if (localName(match![1]!) !== open!.name)
        fail(`</${match![1]}> closes <${open!.name}> (opened on line ${open!.line})`);
      pos += match![0].length;
    } else {
      const match = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(text.slice(pos));
      if (!match) fail('malformed tag');
      const attributes: Record<string, string> = {};
      for (const a of match![2]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attributes[a[1]!] = decode(a[2] ?? a[3] ?? '', () => lineOf(pos));
      }
      const element: XmlElement = { name: localName(match![1]!), attributes, children: [], line: lineOf(pos) };
      append(element);
      if (!match![3]) stack.push(element);
      pos += match![0].length;
    }
  }
  if (stack.length)
    fail(
      `the file ends before <${stack[stack.length - 1]!.name}> (line ${stack[stack.length - 1]!.line}) is closed`,
      text.length,
    );
  if (!root) fail('no root element', 0);
  return root!;
}

/** Child elements with a name. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** All the text inside an element, tags left out. */
export function textContent(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}
