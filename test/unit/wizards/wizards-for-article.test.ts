import { describe, it, expect } from 'vitest';
import { wizardsForArticle } from '../../../src/wizards/wizards-for-article.ts';
import { wizardArticleIds } from '../../../src/wizards/wizard-types.ts';

describe('wizardsForArticle', () => {
  it('finds the wizards whose steps embed the article', () => {
    expect(wizardsForArticle('2634')).toEqual(['cant-log-in']);
    expect(wizardsForArticle('3396')).toEqual(['sms-code']);
    expect(wizardsForArticle('2748')).toEqual(['recover-ib-key']);
  });

  it('lists several wizards in the index order', () => {
    expect(wizardsForArticle('9105')).toEqual(['move-to-ibkr-mobile', 'recover-ib-key']);
    expect(wizardsForArticle('1131')).toEqual(['cant-log-in', 'sms-code']);
  });

  it('finds nothing for an article no wizard embeds', () => {
    expect(wizardsForArticle('0000')).toEqual([]);
  });

  it('gives every article of the help center a way into at least one wizard', () => {
    for (const id of wizardArticleIds) expect(wizardsForArticle(id).length, id).toBeGreaterThan(0);
  });
});
