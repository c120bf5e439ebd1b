import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { wizardsForArticle } from '../../../src/wizards/wizards-for-article.ts';

const ids = (articleId: string) => wizardsForArticle(articleId).map((t) => t.id);

/** Knowledge-base ids of the English articles in content/. */
const articlesDir = new URL('../../../content/articles/en/', import.meta.url);
const articleIds = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => /^id:\s*"([^"]+)"/m.exec(readFileSync(new URL(f, articlesDir), 'utf8'))?.[1] ?? f);

describe('wizardsForArticle', () => {
  it('finds the wizards whose steps embed the article', () => {
    expect(ids('2634')).toEqual(['cant-log-in']);
    expect(ids('3396')).toEqual(['sms-code']);
    expect(ids('2748')).toEqual(['cant-log-in', 'recover-ib-key']);
  });

  it('lists several wizards in the index order', () => {
    expect(ids('authentication-and-trading-device')).toEqual(['move-to-ibkr-mobile', 'recover-ib-key']);
    expect(ids('1131')).toEqual(['cant-log-in', 'sms-code']);
  });

  it('finds nothing for an article no wizard embeds', () => {
    expect(ids('0000')).toEqual([]);
  });

  it('gives every article of the help center a way into at least one wizard', () => {
    expect(articleIds.length).toBeGreaterThan(0);
    for (const id of articleIds) expect(ids(id).length, id).toBeGreaterThan(0);
  });
});
