// XLIFF 1.2, the version Crowdin, Weblate, Phrase and Trados all read and write (see TRANSLATING.md):
// translation units to a file, and a returned file back to units. Code inside a text becomes inline
// elements (<ph>, or <bpt>/<ept> around a component's children) holding the code itself, so a tool shows
// a tag it will not translate, and the text comes back exactly as it was.
import { findCodes, pairedTags, type Code, type TextKind } from './inline-codes.ts';
import { textKindOf, type Unit, type UnitFile } from './translation-units.ts';
import { childElements, escapeAttribute, escapeText, parseXml, textContent, XmlError, type XmlElement } from './xml.ts';

export class XliffError extends Error {}

/** A unit as a returned file has it: texts rebuilt with their codes, plus what the tool said about it. */
export interface ReadUnit {
  id: string;
  source: string;
  /** Undefined when the unit has no <target>. */
  target?: string;
  state?: string;
  approved: boolean;
  line: number;
}

export interface ReadFile {
  original: string;
  sourceLanguage: string;
  targetLanguage: string;
  units: ReadUnit[];
}

type Tag = 'ph' | 'bpt' | 'ept';

/** Which inline element and id each code of a text gets. `reuse` maps code text to ids of the source, for a target. */
function assignIds(codes: readonly Code[], reuse?: Map<string, number[]>, firstFree = 1): { tag: Tag; id: number }[] {
  const pairs = pairedTags(codes);
  const closing = new Map([...pairs].map(([open, close]) => [close, open]));
  const out: { tag: Tag; id: number }[] = [];
  let next = firstFree;
  const idFor = (code: Code) => reuse?.get(code.text)?.shift() ?? next++;
  codes.forEach((code, i) => {
    const opener = closing.get(i);
    if (opener !== undefined) out.push({ tag: 'ept', id: out[opener]!.id });
    else out.push({ tag: pairs.has(i) ? 'bpt' : 'ph', id: idFor(code) });
  });
  return out;
}

/** A text as XLIFF content with its codes as inline elements. */
function inline(text: string, codes: readonly Code[], ids: readonly { tag: Tag; id: number }[]): string {
  let out = '';
  let at = 0;
  codes.forEach((code, i) => {
    const { tag, id } = ids[i]!;
    out += escapeText(text.slice(at, code.start));
    const ctype = tag === 'ept' ? '' : ` ctype="${code.ctype}"`;
    out += `<${tag} id="${id}"${ctype}>${escapeText(code.text)}</${tag}>`;
    at = code.start + code.text.length;
  });
  return out + escapeText(text.slice(at));
}

function unitXml(unit: Unit, kind: TextKind): string {
  const sourceCodes = findCodes(unit.source, kind);
  const sourceIds = assignIds(sourceCodes);
  // The target reuses the source's ids for the same codes, so a tool sees the same tags on both sides.
  const reuse = new Map<string, number[]>();
  sourceCodes.forEach((c, i) => {
    if (sourceIds[i]!.tag !== 'ept') reuse.set(c.text, [...(reuse.get(c.text) ?? []), sourceIds[i]!.id]);
  });
  const width = unit.maxLength ? ` maxwidth="${unit.maxLength}" size-unit="char"` : '';
  const lines = [
    `      <trans-unit id="${escapeAttribute(unit.id)}" resname="${escapeAttribute(unit.resname)}" xml:space="preserve"${width}>`,
    `        <source>${inline(unit.source, sourceCodes, sourceIds)}</source>`,
  ];
  if (unit.target !== undefined) {
    const targetCodes = findCodes(unit.target, kind);
    const targetIds = assignIds(targetCodes, reuse, Math.max(0, ...sourceIds.map((s) => s.id)) + 1);
    lines.push(`        <target state="${unit.state}">${inline(unit.target, targetCodes, targetIds)}</target>`);
  }
  if (unit.notes.length) lines.push(`        <note>${escapeText(unit.notes.join('\n'))}</note>`);
  lines.push('      </trans-unit>');
  return lines.join('\n');
}

/** The XLIFF 1.2 document for some unit files. */
export function writeXliff(files: readonly UnitFile[], sourceLanguage: string, targetLanguage: string): string {
  const body = files.map((file) =>
    [
      `  <file original="${escapeAttribute(file.original)}" source-language="${sourceLanguage}" target-language="${targetLanguage}" datatype="${file.kind === 'strings' ? 'x-i18next-json' : 'x-mdx'}">`,
      '    <body>',
      ...file.units.map((unit) => unitXml(unit, textKindOf(file))),
      '    </body>',
      '  </file>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    ...body,
    '</xliff>',
    '',
  ].join('\n');
}

const tagOf: Record<string, Tag | 'it'> = { ph: 'ph', x: 'ph', bpt: 'bpt', bx: 'bpt', ept: 'ept', ex: 'ept', it: 'it' };

/** Rebuilds a <source> or <target> as plain text; an inline element without content takes the source's code of that id. */
function segmentText(
  element: XmlElement,
  unitId: string,
  sourceCodes?: Map<string, string>,
): { text: string; codes: Map<string, string> } {
  const codes = new Map<string, string>();
  const walk = (node: XmlElement): string =>
    node.children
      .map((child) => {
        if (typeof child === 'string') return child;
        const tag = tagOf[child.name];
        if (child.name === 'mrk') return walk(child);
        if (!tag)
          throw new XliffError(
            `line ${child.line}: unit "${unitId}": <${child.name}> is not supported inside a text; keep the tags the export wrote`,
          );
        const key = `${tag}:${child.attributes['id'] ?? ''}`;
        const content = textContent(child);
        const code = content !== '' ? content : sourceCodes?.get(key);
        if (code === undefined)
          throw new XliffError(
            `line ${child.line}: unit "${unitId}": an empty <${child.name} id="${child.attributes['id'] ?? ''}"> matches no code of the English`,
          );
        codes.set(key, code);
        return code;
      })
      .join('');
  return { text: walk(element), codes };
}

/** Collects trans-units, also inside <group>s, in document order. */
function transUnits(element: XmlElement): XmlElement[] {
  return element.children.flatMap((c) =>
    typeof c === 'string' ? [] : c.name === 'trans-unit' ? [c] : c.name === 'group' ? transUnits(c) : [],
  );
}

/** The files and units of an XLIFF 1.2 document; throws XliffError naming the line for anything malformed. */
export function readXliff(xml: string): ReadFile[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlError) throw new XliffError(`not a well-formed XML file: ${error.message}`);
    throw error;
  }
  if (root.name !== 'xliff') throw new XliffError(`line ${root.line}: the root element is <${root.name}>, not <xliff>`);
  const version = root.attributes['version'] ?? '';
  if (version !== '1.2')
    throw new XliffError(
      `line ${root.line}: XLIFF version "${version}": this project exchanges XLIFF 1.2 only; have your tool save XLIFF 1.2`,
    );
  const files = childElements(root, 'file');
  if (files.length === 0) throw new XliffError(`line ${root.line}: the file has no <file> element`);
  return files.map((file) => {
    const attr = (name: string) => file.attributes[name] ?? '';
    const body = childElements(file, 'body')[0];
    if (!body) throw new XliffError(`line ${file.line}: <file original="${attr('original')}"> has no <body>`);
    const units = transUnits(body).map((unit): ReadUnit => {
      const id = unit.attributes['id'] ?? '';
      const source = childElements(unit, 'source')[0];
      if (!source) throw new XliffError(`line ${unit.line}: unit "${id}" has no <source>`);
      const english = segmentText(source, id);
      const target = childElements(unit, 'target')[0];
      const state = target?.attributes['state'];
      return {
        id,
        source: english.text,
        ...(target ? { target: segmentText(target, id, english.codes).text } : {}),
        ...(state ? { state } : {}),
        approved: unit.attributes['approved'] === 'yes',
        line: unit.line,
      };
    });
    return {
      original: attr('original'),
      sourceLanguage: attr('source-language'),
      targetLanguage: attr('target-language'),
      units,
    };
  });
}
