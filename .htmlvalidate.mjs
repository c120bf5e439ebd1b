// html-validate's configuration for `npm run test:html` (scripts/site-check/check-html.ts): its recommended rules,
// with three changes, each for the reason given. Every other finding is fixed in the component that writes the markup.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Off: a length limit on <title> is a search-engine display heuristic, not validity or access. Our titles are the
    // article's own title (writers and translators choose it, IBKR's wording where the article covers one) followed
    // by " · Secure Login Help"; where a search engine cuts a long one, it cuts the site name, which comes last.
    'long-title': 'off',
    // Relaxed: HTML allows any id without spaces, and Astro derives heading ids from the heading text, so a numbered
    // step heading ("## 1. Restart your phone") gets id="1-restart-your-phone". The strict default (a letter first)
    // only eases CSS selectors, which we never write against heading ids; renaming them would break links to
    // existing anchors.
    'valid-id': ['error', { relaxed: true }],
    // Narrowed: the search box is the WAI-ARIA combobox pattern, whose popup is a role="listbox" of links (each result
    // opens a page, in a new tab too), which a native <select> cannot hold. Every other role still prefers its element.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
};
