// Astro's own build warnings that say nothing about this project, left out of the build log so a real warning shows.
import type { AstroIntegration } from 'astro';

/** The fields of a bundler warning this filter reads. */
interface BuildLog {
  code?: string;
  message: string;
}

/**
 * True for the one known warning: rolldown's MODULE_LEVEL_DIRECTIVE about "use astro:head-inject". Astro's
 * content-asset propagation (astro/dist/content/vite-plugin-content-assets.js) writes that directive into the wrapper
 * module it makes for every MDX entry, and rolldown warns that a bundle may not keep it, once per article per
 * language. Astro reads the directive before bundling, so nothing is lost; Starlight's build prints the same warnings.
 * The cause is in Astro, not here, so the warning is filtered rather than fixed. Any other directive still warns.
 */
export function isKnownAstroWarning(log: BuildLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

export function quietKnownWarnings(): AstroIntegration {
  return {
    name: 'secure-login-help:known-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn(warning: BuildLog, warn: (log: BuildLog) => void) {
                  if (!isKnownAstroWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}
