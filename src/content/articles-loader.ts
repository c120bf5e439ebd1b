// The articles collection's loader: Astro's glob loader, plus the project's rules, run on what it loads. Every file's
// frontmatter is checked with the field named, the cross-file rules run on the whole collection, and the build stops
// with one list of every problem (Astro alone stops at the first invalid entry and names no field for a YAML slip).
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArticleFiles, ContentError, type ArticleFile, type ArticleProblem } from './article-check.ts';
import { articleSchema } from './article-schema.ts';

interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): Promise<{ data: Record<string, unknown>; body: string }> | { data: Record<string, unknown>; body: string };
}
/** The glob loader reads files through the context's entry types; Astro passes them though its type omits them. */
type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

export interface ArticlesLoaderOptions {
  /** The articles folder: one subfolder per locale. */
  base: string;
  localeCodes: readonly string[];
  sourceLocale: string;
}

const toPosix = (path: string) => path.split(sep).join('/');

export function articlesLoader({ base, localeCodes, sourceLocale }: ArticlesLoaderOptions): Loader {
  const inner = glob({ base, pattern: '*/*.mdx' });
  return {
    name: 'secure-login-help:articles',
    load: async (context: GlobContext) => {
      const files = new Map<string, ArticleFile>();
      const unreadable: ArticleProblem[] = [];
      const broken = new Set<string>();
      const record = (fileUrl: URL, frontmatter: unknown, body: string) => {
        const path = fileURLToPath(fileUrl);
        const [locale = '', name = ''] = toPosix(relative(base, path)).split('/');
        const file = toPosix(relative(process.cwd(), path));
        files.set(path, { file, locale, slug: name.replace(/\.mdx$/, ''), frontmatter, body });
        return file;
      };

      // Reading: every file passes here on every build, cached or not, so the rules see the whole collection.
      const entryTypes = context.entryTypes && new Map(
        [...context.entryTypes].map(([ext, type]): [string, EntryType] => [
          ext,
          {
            ...type,
            getEntryInfo: async (params) => {
              try {
                const info = await type.getEntryInfo(params);
                record(params.fileUrl, info.data, info.body);
                return info;
              } catch (error) {
                const file = record(params.fileUrl, undefined, '');
                broken.add(fileURLToPath(params.fileUrl));
                unreadable.push({ file, field: 'frontmatter', message: `the frontmatter is not valid YAML: ${String((error as Error).message).split('\n')[0]}` });
                return { data: {}, body: '' };
              }
            },
          },
        ]),
      );
      // Validating: an invalid entry never reaches the store (or its cache); the problem is reported below instead.
      const parseData: LoaderContext['parseData'] = async (props) => {
        if (props.filePath && (broken.has(props.filePath) || !articleSchema.safeParse(props.data).success)) {
          broken.add(props.filePath);
          return props.data;
        }
        return context.parseData(props);
      };
      const store = new Proxy(context.store, {
        get(target, property, receiver) {
          if (property === 'set') {
            return (entry: Parameters<LoaderContext['store']['set']>[0]) => {
              const path = entry.filePath && fileURLToPath(new URL(entry.filePath, context.config.root));
              if (path && broken.has(path)) {
                target.delete(entry.id);
                return false;
              }
              return target.set(entry);
            };
          }
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });

      await inner.load({ ...context, parseData, store, ...(entryTypes ? { entryTypes } : {}) } as GlobContext);

      const { problems } = checkArticleFiles([...files.values()].filter((f) => f.frontmatter !== undefined), localeCodes, sourceLocale);
      const all = [...unreadable, ...problems];
      if (all.length > 0) throw new ContentError(all);
    },
  };
}
