// On the language-neutral home: go to the reader's preferred language we have, else English.
// The links on the page stay for readers without JavaScript or who want the other language.
import { pickLocale } from '../i18n/pick-locale.ts';

const root = document.querySelector<HTMLElement>('[data-locales]');
if (root) {
  const available = JSON.parse(root.dataset['locales'] ?? '[]') as { code: string; lang: string }[];
  location.replace(`/${pickLocale(navigator.languages, available)}/`);
}
