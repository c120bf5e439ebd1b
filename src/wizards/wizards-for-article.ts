// Which troubleshooters point to an article, from the registry's records (each lists the articles its machine's steps
// embed), so an article's troubleshooter box follows the machines as they change and nobody keeps a second list.
import { registry } from './wizard-registry.ts';
import type { RegisteredTroubleshooter } from './create-registry.ts';

/** The troubleshooters with a step that embeds the article (by knowledge-base id), in index-page order. */
export function wizardsForArticle(articleId: string): RegisteredTroubleshooter[] {
  return registry.all.filter((troubleshooter) => troubleshooter.articleIds.includes(articleId));
}
