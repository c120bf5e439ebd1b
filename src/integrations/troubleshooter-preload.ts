// A troubleshooter page fetches its own machine alongside its scripts. <slh-wizard> loads the machine with a dynamic
// import, so a page ships one machine and not all of them; left alone, the browser would find that chunk only once the
// element runs, a round trip after its own script. The build knows which chunk holds which troubleshooter, so every
// page with <slh-wizard data-wizard="<id>"> gets a <link rel="modulepreload"> for that chunk and everything it imports.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A troubleshooter's own file (src/wizards/troubleshooters/<id>.ts) as the bundler names its module. */
const troubleshooterFile = /\/src\/wizards\/troubleshooters\/([^/]+)\.ts$/;
/** The search trigger's script (SearchBox.astro's <script> and its element) and Vite's preload helper. */
const searchTrigger =
  /\0vite\/preload-helper|\/src\/elements\/slh-search\.ts$|\/src\/components\/SearchBox\.astro\?astro&type=script/;

export function troubleshooterPreload(): AstroIntegration {
  /** Troubleshooter id -> the client files its chunk needs: the chunk, then its static imports. */
  const chunks = new Map<string, string[]>();
  let base = '/';

  const plugin: Plugin = {
    name: 'secure-login-help:troubleshooter-chunks',
    configEnvironment(name) {
      if (name !== 'client') return undefined;
      return {
        build: {
          // Vite would also preload a dynamic import's dependencies when it starts; the links below fetch them sooner.
          modulePreload: false,
          rolldownOptions: {
            output: {
              codeSplitting: {
                // Vite's preload helper, which every dynamic import goes through, stays inside the search trigger's
                // script, which every page loads anyway: left to itself the bundler would give it a file of its own
                // (0.15 KB more on every page) now that the troubleshooter element has a dynamic import too.
                groups: [{ name: 'search-trigger', test: searchTrigger }],
              },
            },
          },
        },
      };
    },
    generateBundle(_, bundle) {
      if (this.environment.name !== 'client') return;
      const withImports = (file: string, seen: Set<string>): void => {
        const chunk = bundle[file];
        if (seen.has(file) || chunk?.type !== 'chunk') return;
        seen.add(file);
        for (const imported of chunk.imports) withImports(imported, seen);
      };
      for (const chunk of Object.values(bundle)) {
        const id = chunk.type === 'chunk' ? troubleshooterFile.exec(chunk.facadeModuleId ?? '')?.[1] : undefined;
        if (!id) continue;
        const files = new Set<string>();
        withImports(chunk.fileName, files);
        chunks.set(id, [...files]);
      }
    },
  };

  return {
    name: 'secure-login-help:troubleshooter-preload',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const id = /<slh-wizard\b[^>]*\bdata-wizard="([^"]+)"/.exec(html)?.[1];
          if (!id) continue;
          const needed = chunks.get(id);
          if (!needed) throw new Error(`${file}: no client chunk for troubleshooter "${id}"`);
          const links = needed.map((f) => `<link rel="modulepreload" href="${base}${f}">`).join('');
          await writeFile(file, html.replace('</head>', `${links}</head>`));
          pages++;
        }
        logger.info(`${pages} troubleshooter pages preload their own machine`);
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
