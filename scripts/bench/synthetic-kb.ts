// A synthetic knowledge base for the scale benchmark: many articles per locale, each derived from a
// real one (same frontmatter shape, same components) with its sections reordered and new text mixed
// in from the locale's other articles, plus made-up words so the search index grows like a real one.
import { splitFrontmatter } from '../../src/content/frontmatter.ts';

export interface ArticleFile {
  locale: string;
  slug: string;
  /** The whole .mdx file. */
  text: string;
}

export interface SyntheticOptions {
  /** Articles wanted per locale, the real ones included. */
  perLocale: number;
  sourceLocale: string;
  seed?: number;
}

/** Small deterministic PRNG (mulberry32), so a run can be repeated exactly. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A pronounceable made-up word: stands in for the product names and error codes real articles mention. */
export function madeUpWord(random: () => number): string {
  const consonants = 'bcdfglmnprstvz';
  const vowels = 'aeiou';
  const syllables = 2 + Math.floor(random() * 3);
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick([...consonants], random) + pick([...vowels], random);
  return word;
}

interface Corpus {
  headings: string[];
  sentences: string[];
}

/** Plain prose of a locale's articles: headings and sentences with no markup that MDX could misread. */
export function corpusOf(bodies: readonly string[]): Corpus {
  const headings: string[] = [];
  const sentences: string[] = [];
  for (const body of bodies) {
    for (const line of body.split('\n')) {
      const heading = /^#{2,3}\s+(?:\d+\.\s+)?(.+)$/.exec(line);
      if (heading) {
        if (!/[<>{}[\]|`]/.test(heading[1]!)) headings.push(heading[1]!.trim());
        continue;
      }
      if (!/^[\p{L}*]/u.test(line) || /[<>{}[\]|`]/.test(line)) continue;
      for (const sentence of line.split(/(?<=[.!?])\s+/))
        if (sentence.length > 20 && /[.!?]$/.test(sentence)) sentences.push(sentence);
    }
  }
  return { headings, sentences };
}

const quote = (s: string) => JSON.stringify(s);

function frontmatter(data: Record<string, unknown>): string {
  const lines = Object.entries(data).map(([key, value]) => {
    if (Array.isArray(value))
      return `${key}: [${value.map((v) => (key === 'related' ? quote(String(v)) : String(v))).join(', ')}]`;
    if (value instanceof Date) return `${key}: ${value.toISOString().slice(0, 10)}`;
    return `${key}: ${key === 'topic' || key === 'updated' ? String(value) : quote(String(value))}`;
  });
  return `---\n${lines.join('\n')}\n---\n`;
}

/** One variant of a real article in one locale. */
function variant(base: ArticleFile, id: string, slug: string, corpus: Corpus, random: () => number): ArticleFile {
  const { data, body } = splitFrontmatter(base.text) as { data: Record<string, unknown>; body: string };
  const [lead = '', ...sections] = body.split(/^(?=## )/m);
  const kept = shuffle(sections, random).slice(0, Math.max(2, sections.length - Math.floor(random() * 2)));
  const word = () => madeUpWord(random);
  const paragraph = () =>
    Array.from({ length: 3 }, () => pick(corpus.sentences, random)).join(' ') + ` ${word()} ${word()}.`;
  const extra = `## ${pick(corpus.headings, random)} ${word()}\n\n${paragraph()}\n\n${paragraph()}\n\n${paragraph()}\n`;
  const summary = `${pick(
    corpus.sentences.filter((s) => s.length < 240),
    random,
  )} ${word()}.`;
  // sourceHash belongs to the real translation's text; a variant's text is new.
  const { sourceHash: _, ...rest } = data;
  const fields = {
    ...rest,
    id,
    title: `${String(data['title'])} · ${pick(corpus.headings, random)} ${word()}`,
    summary,
  };
  return {
    locale: base.locale,
    slug,
    text: `${frontmatter(fields)}${lead.trimEnd()}\n\n${extra}\n${kept.join('').trim()}\n`,
  };
}

/** The extra articles that bring every locale up to `perLocale`, the real ones staying as they are. */
export function syntheticKnowledgeBase(real: readonly ArticleFile[], options: SyntheticOptions): ArticleFile[] {
  const random = randomSource(options.seed ?? 7);
  const sources = real.filter((a) => a.locale === options.sourceLocale).sort((a, b) => a.slug.localeCompare(b.slug));
  if (sources.length === 0) throw new Error(`No ${options.sourceLocale} articles to derive a knowledge base from`);
  const locales = [...new Set(real.map((a) => a.locale))].sort();
  const corpora = new Map(
    locales.map((l) => [l, corpusOf(real.filter((a) => a.locale === l).map((a) => splitFrontmatter(a.text).body))]),
  );
  const out: ArticleFile[] = [];
  const count = Math.max(0, options.perLocale - sources.length);
  for (let k = 0; k < count; k++) {
    const source = sources[k % sources.length]!;
    const slug = `${source.slug}-v${String(k + 1).padStart(4, '0')}`;
    const id = String(100000 + k);
    for (const locale of locales) {
      const base = real.find((a) => a.locale === locale && a.slug === source.slug);
      if (base) out.push(variant(base, id, slug, corpora.get(locale)!, random));
    }
  }
  return out;
}
