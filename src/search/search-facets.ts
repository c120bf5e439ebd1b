// The filters a page carries in the search index (topic, platform, login method). An article has its own; a
// troubleshooter or the practice page takes the union of the articles it leads to, so their filters follow the
// content and nobody keeps a second list.
import {
  methods,
  products,
  topics,
  type ArticleData,
  type Method,
  type Product,
  type Topic,
} from '../content/article-schema.ts';

export interface SearchFacets {
  topic: readonly Topic[];
  product: readonly Product[];
  method: readonly Method[];
}

type FacetSource = Pick<ArticleData, 'topic' | 'products' | 'methods'>;

/** Every topic, product and method of these articles, each once, in the schema's order. */
export function facetsOf(articles: readonly FacetSource[]): SearchFacets {
  const has = <T extends string>(all: readonly T[], wanted: (a: FacetSource) => readonly T[]) =>
    all.filter((value) => articles.some((a) => wanted(a).includes(value)));
  return {
    topic: has(topics, (a) => [a.topic]),
    product: has(products, (a) => a.products),
    method: has(methods, (a) => a.methods),
  };
}
