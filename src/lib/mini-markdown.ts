// Renders the tiny markup allowed in locale strings (wizard steps): **bold**, blank-line paragraphs, "- " bullet
// lists and "1. " numbered lists. Everything else is escaped, so a string can never inject HTML.

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The text with HTML's special characters escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c);
}

/** One line of text as safe HTML: escaped, with **bold** as <strong>. For titles and button labels. */
export function renderInline(text: string): string {
  return escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

/** One line of text without its markup, as plain text (an attribute, a copied summary). */
export function plainInline(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1');
}

type Block = { type: 'p'; lines: string[] } | { type: 'ul' | 'ol'; items: string[]; start: number };

const bullet = /^-\s+(.*)$/;
const numbered = /^(\d+)\.\s+(.*)$/;

/** A whole string as safe HTML block elements (<p>, <ul>, <ol>); an empty string gives an empty result. */
export function renderMiniMarkdown(text: string): string {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      current = undefined; // A blank line ends any paragraph or list.
      continue;
    }
    const b = bullet.exec(line);
    const n = b ? null : numbered.exec(line);
    if (b || n) {
      const type = b ? 'ul' : 'ol';
      const item = (b ? b[1] : n?.[2]) ?? '';
      if (current?.type !== type) {
        current = { type, items: [], start: n ? Number(n[1]) : 1 };
        blocks.push(current);
      }
      current.items.push(item);
    } else {
      if (current?.type !== 'p') {
        current = { type: 'p', lines: [] };
        blocks.push(current);
      }
      current.lines.push(line);
    }
  }
  return blocks.map(renderBlock).join('');
}

function renderBlock(block: Block): string {
  if (block.type === 'p') return `<p>${renderInline(block.lines.join(' '))}</p>`;
  const items = block.items.map((item) => `<li>${renderInline(item)}</li>`).join('');
  // A numbered list that continues an earlier one (e.g. "3." after a paragraph) keeps its numbers.
  const start = block.type === 'ol' && block.start !== 1 ? ` start="${block.start}"` : '';
  return `<${block.type}${start}>${items}</${block.type}>`;
}
