import { describe, it, expect } from 'vitest';
import { escapeAttribute, escapeText, parseXml, textContent, XmlError } from '../../../src/l10n/xml.ts';

describe('the XML reader for XLIFF files', () => {
  it('reads elements, attributes, entities, CDATA and namespaced names', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- c --><x:a b="1 &amp; 2" c=\'&#x41;\'>t &lt;ok&gt; &#233;<![CDATA[<raw>]]><d/></x:a>',
    );
    expect(root).toMatchObject({ name: 'a', attributes: { b: '1 & 2', c: 'A' }, line: 2 });
    expect(textContent(root)).toBe('t <ok> é<raw>');
    expect(root.children.at(-1)).toMatchObject({ name: 'd', children: [] });
  });

  it('gives text back exactly through escaping', () => {
    const text = 'a < b && "c" > d\nnext';
    expect(textContent(parseXml(`<a>${escapeText(text)}</a>`))).toBe(text);
    expect(parseXml(`<a v="${escapeAttribute(text)}"/>`).attributes['v']).toBe(text);
  });

  it.each([
    ['<a><b></a>', /line 1: <\/a> closes <b>/],
    ['<a>\n<b>\n', /line 3: the file ends before <b> \(line 2\) is closed/],
    ['<a>&nbsp;</a>', /unknown entity &nbsp;/],
    ['<a>AT&T</a>', /"&" must start an entity/],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', /DOCTYPE and entity declarations are not accepted/],
    ['<a/><b/>', /a second root element/],
    ['', /no root element/],
  ])('refuses %j, saying where', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});
