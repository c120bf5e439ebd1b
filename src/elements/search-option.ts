// One search result as an option of the search box's listbox: a link (so it still opens in a new tab) in the role of
// an option, showing its kind, its title, and the page's search summary or the excerpt where the words were found.
import type { SearchKind } from '../search/search-kinds.ts';

/** What Pagefind gives for a result (its `data()`), as far as the list uses it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string; summary?: string };
}

/** The option for a result; `lang` marks a result in another language than the page's. */
export function resultOption(
  data: ResultData,
  id: string,
  kinds: Readonly<Record<SearchKind, string>>,
  lang?: string,
): HTMLAnchorElement {
  const kind = (data.meta.kind ?? 'article') as SearchKind;
  const link = document.createElement('a');
  link.className = 'result';
  link.href = data.url;
  link.id = id;
  link.tabIndex = -1; // the box keeps focus; Arrow keys move the highlight (search-combobox.ts)
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  if (lang) {
    link.lang = lang;
    link.hreflang = lang;
  }
  const label = document.createElement('span');
  label.className = 'kind';
  label.textContent = kinds[kind] ?? kinds.article;
  // The label is in the page's language, even on another language's result.
  if (lang) label.lang = document.documentElement.lang;
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = data.meta.title ?? data.url;
  // Named by what it shows first, its kind and title; the summary or excerpt is its description, which screen readers
  // read after a pause rather than as part of the name.
  const text = document.createElement('span');
  text.className = 'excerpt';
  text.id = `${id}-text`;
  text.setAttribute('aria-hidden', 'true');
  link.setAttribute('aria-describedby', text.id);
  if (kind !== 'article' && data.meta.summary) text.textContent = data.meta.summary;
  else text.innerHTML = data.excerpt; // Pagefind escapes the page's text and only adds <mark>.
  link.append(label, ' ', title, ' ', text);
  return link;
}
