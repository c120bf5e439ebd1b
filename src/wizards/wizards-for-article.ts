// Which troubleshooters point to an article, derived from the machines' article embeds, so an article's
// troubleshooter box follows the wizards as they change and nobody keeps a second list by hand.
import { wizards, type WizardId } from './wizard-list.ts';
import { wizardGraph } from './wizard-graph.ts';

/** The ids of the wizards with a step that embeds the article (by knowledge-base id), in the index page's order. */
export function wizardsForArticle(articleId: string): WizardId[] {
  return wizards
    .filter(({ machine }) =>
      wizardGraph(machine).steps.some((step) => step.embed?.type === 'article' && step.embed.id === articleId),
    )
    .map(({ id }) => id);
}
