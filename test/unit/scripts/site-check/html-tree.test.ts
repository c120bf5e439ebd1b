import { describe, it, expect } from 'vitest';
import { parseHtml, elementsOf, textOf, decodeEntities } from '../../../../scripts/site-check/html-tree.ts';

describe('reading built HTML', () => {
  const doc = parseHtml(
    [
      '<!DOCTYPE html><html lang="en"><head><title>A &amp; B</title>',
      '<script type="module">if (a < b && "</p>") {}</script></head>',
      '<body><!-- <a href="/hidden/"> --><a class=plain href="/x/?a=1&amp;b=2">One <b>two</b></a>',
      "<img src='/i.png' alt=\"\"><br><svg role=img><title>Card</title><path d='M0 0'/></svg>",
      '<p data-json="{&quot;k&quot;:&quot;v&quot;}">after</p></body></html>',
    ].join(''),
  );
  const all = [...elementsOf(doc)];

  it('finds elements with their attributes, entities decoded', () => {
    const links = all.filter((e) => e.tag === 'a');
    expect(links).toHaveLength(1);
    expect(links[0]!.attrs.get('href')).toBe('/x/?a=1&b=2');
    expect(links[0]!.attrs.get('class')).toBe('plain');
    expect(all.find((e) => e.tag === 'p')!.attrs.get('data-json')).toBe('{"k":"v"}');
  });

  it('keeps an empty attribute distinct from a missing one', () => {
    const img = all.find((e) => e.tag === 'img')!;
    expect(img.attrs.get('alt')).toBe('');
    expect(img.attrs.has('title')).toBe(false);
  });

  it('does not read markup inside scripts or comments', () => {
    expect(all.filter((e) => e.tag === 'p')).toHaveLength(1);
    expect(all.some((e) => e.attrs.get('href') === '/hidden/')).toBe(false);
  });

  it('nests children under void and self-closed elements correctly', () => {
    const svg = all.find((e) => e.tag === 'svg')!;
    expect(svg.children.map((c) => (c.type === 'element' ? c.tag : 'text'))).toEqual(['title', 'path']);
    expect(all.find((e) => e.tag === 'p')!.parent!.tag).toBe('body');
  });

  it('gives the text a reader would hear', () => {
    expect(textOf(all.find((e) => e.tag === 'a')!)).toBe('One two');
    expect(textOf(all.find((e) => e.tag === 'title')!)).toBe('A & B');
  });

  it('decodes numeric references and leaves unknown names alone', () => {
    expect(decodeEntities('&#39;&#x2F;&nbsp;&bogus;')).toBe("'/\u00a0&bogus;");
  });
});
