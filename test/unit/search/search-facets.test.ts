// A troubleshooter's filters are those of the articles it leads to, each once, in the schema's order.
import { describe, it, expect } from 'vitest';
import { facetsOf } from '../../../src/search/search-facets.ts';

describe('facetsOf', () => {
  it('unites the articles’ topics, products and methods in the schema’s order', () => {
    expect(
      facetsOf([
        { topic: 'sms', products: ['webtrader', 'tws'], methods: ['sms'] },
        { topic: 'voice-callback', products: ['tws'], methods: ['voice', 'sms'] },
        { topic: 'sms', products: ['ibkr-mobile'], methods: ['ib-key'] },
      ]),
    ).toEqual({
      topic: ['sms', 'voice-callback'],
      product: ['tws', 'webtrader', 'ibkr-mobile'],
      method: ['ib-key', 'sms', 'voice'],
    });
  });

  it('gives no filter for no article', () => {
    expect(facetsOf([])).toEqual({ topic: [], product: [], method: [] });
  });
});
