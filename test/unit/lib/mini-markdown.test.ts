import { describe, it, expect } from 'vitest';
import { escapeHtml, renderInline, renderMiniMarkdown } from '../../../src/lib/mini-markdown.ts';

describe('escapeHtml', () => {
  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });
});

describe('renderInline', () => {
  it('turns **text** into <strong>', () => {
    expect(renderInline('Press **OK** and then **Login**.')).toBe(
      'Press <strong>OK</strong> and then <strong>Login</strong>.',
    );
  });

  it('keeps a display prompt like PIN> as text', () => {
    expect(renderInline('until the display shows **PIN>**')).toBe('until the display shows <strong>PIN&gt;</strong>');
  });

  it('leaves a lone pair of asterisks alone', () => {
    expect(renderInline('2 * 3 ** 4')).toBe('2 * 3 ** 4');
  });
});

describe('renderMiniMarkdown', () => {
  it('escapes a script tag instead of running it', () => {
    const html = renderMiniMarkdown('<script>alert("x")</script>');
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
    expect(html).not.toContain('<script');
  });

  it('escapes markup hidden inside bold text and list items', () => {
    const html = renderMiniMarkdown('**<img src=x onerror=alert(1)>**\n\n- <b>item</b>');
    expect(html).toBe(
      '<p><strong>&lt;img src=x onerror=alert(1)&gt;</strong></p><ul><li>&lt;b&gt;item&lt;/b&gt;</li></ul>',
    );
  });

  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(renderMiniMarkdown('First line\nstill first.\n\nSecond.')).toBe(
      '<p>First line still first.</p><p>Second.</p>',
    );
  });

  it('renders "- " lines as a bullet list', () => {
    expect(renderMiniMarkdown('Check:\n\n- roaming\n- coverage')).toBe(
      '<p>Check:</p><ul><li>roaming</li><li>coverage</li></ul>',
    );
  });

  it('renders "1. " lines as a numbered list, right after a paragraph line too', () => {
    expect(renderMiniMarkdown('Do this:\n1. Tap **Trading**.\n2. Trade.')).toBe(
      '<p>Do this:</p><ol><li>Tap <strong>Trading</strong>.</li><li>Trade.</li></ol>',
    );
  });

  it('keeps the first number of a list that does not start at 1', () => {
    expect(renderMiniMarkdown('3. Third\n4. Fourth')).toBe('<ol start="3"><li>Third</li><li>Fourth</li></ol>');
  });

  it('starts a new list when the list type changes', () => {
    expect(renderMiniMarkdown('1. One\n- dot')).toBe('<ol><li>One</li></ol><ul><li>dot</li></ul>');
  });

  it('handles Windows line endings and surrounding blank lines', () => {
    expect(renderMiniMarkdown('\r\nOne\r\n\r\nTwo\r\n')).toBe('<p>One</p><p>Two</p>');
  });

  it('gives an empty string for empty text', () => {
    expect(renderMiniMarkdown('')).toBe('');
    expect(renderMiniMarkdown('\n\n')).toBe('');
  });

  it('treats "-" without a space and "1)" as ordinary text', () => {
    expect(renderMiniMarkdown('-5 degrees\n1) not a list')).toBe('<p>-5 degrees 1) not a list</p>');
  });
});
