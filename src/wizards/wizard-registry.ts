// Every troubleshooter, as the build and Vitest see them: each file in troubleshooters/ is one, found by Vite's
// import.meta.glob, so adding a troubleshooter means adding its file and nothing else. Build-time code only: the
// browser element loads its one machine through load-troubleshooter.ts instead.
import { createRegistry } from './create-registry.ts';
import type { TroubleshooterModule } from './troubleshooter.ts';

export const registry = createRegistry(
  import.meta.glob<TroubleshooterModule>('./troubleshooters/*.ts', { eager: true }),
);
