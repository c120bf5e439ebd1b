// The troubleshooter registry for Playwright, which does not run through Vite and so has no import.meta.glob: the
// same files in src/wizards/troubleshooters/, read from the folder and checked by the same createRegistry. A unit
// test holds it equal to the build's registry, so the e2e walks cover exactly the troubleshooters the site has.
import { readdirSync } from 'node:fs';
import { createRegistry } from '../../src/wizards/create-registry.ts';
import type { TroubleshooterModule } from '../../src/wizards/troubleshooter.ts';

const folder = new URL('../../src/wizards/troubleshooters/', import.meta.url);
const files = readdirSync(folder).filter((file) => file.endsWith('.ts'));
const modules = await Promise.all(
  files.map(
    async (file) =>
      [`./troubleshooters/${file}`, (await import(new URL(file, folder).href)) as TroubleshooterModule] as const,
  ),
);

export const registry = createRegistry(Object.fromEntries(modules));
