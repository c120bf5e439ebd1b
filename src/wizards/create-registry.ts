// Turns the files found in src/wizards/troubleshooters/ into the registry: checked, in index-page order. Whoever found
// the files (Vite's import.meta.glob for the build and Vitest, a folder read for Playwright) hands them in here, so
// every reader of the list gets the same checks and the same order.
import type { Troubleshooter, TroubleshooterModule } from './troubleshooter.ts';

declare const registered: unique symbol;
/** A troubleshooter id the registry has vouched for: only `has` and `get` produce one. */
export type TroubleshooterId = string & { readonly [registered]: true };

export type RegisteredTroubleshooter = Troubleshooter & { readonly id: TroubleshooterId };

export interface Registry {
  /** Every troubleshooter, in index-page order. */
  readonly all: readonly RegisteredTroubleshooter[];
  /** True when the string is a troubleshooter id (a route parameter, an article's <WizardLink id>). */
  has(id: string): id is TroubleshooterId;
  /** The troubleshooter with this id; throws on an unknown id, so a bad link fails the build. */
  get(id: string): RegisteredTroubleshooter;
}

/**
 * The registry of these modules, keyed by file path (as import.meta.glob gives them). Throws, naming the file, when
 * a file exports no record, its name is not its machine's id, or two files claim the same place on the index page.
 */
export function createRegistry(modules: Record<string, TroubleshooterModule>): Registry {
  const all = Object.entries(modules).map(([path, module]) => {
    const record = module.troubleshooter as Troubleshooter | undefined;
    if (!record) throw new Error(`${path}: exports no \`troubleshooter\` record (see src/wizards/troubleshooter.ts)`);
    const fileId = /([^/]+)\.ts$/.exec(path)?.[1];
    if (record.id !== fileId) throw new Error(`${path}: the machine id "${record.id}" must be the file name`);
    return record as RegisteredTroubleshooter;
  });
  all.sort((a, b) => a.order - b.order);
  for (const [i, record] of all.entries()) {
    const before = all[i - 1];
    if (before?.order === record.order) {
      throw new Error(`Troubleshooters "${before.id}" and "${record.id}" both have order ${record.order}`);
    }
  }

  const byId = new Map(all.map((record) => [record.id as string, record]));
  const has = (id: string): id is TroubleshooterId => byId.has(id);
  return {
    all,
    has,
    get(id) {
      const record = byId.get(id);
      if (!record) throw new Error(`Unknown troubleshooter id "${id}". Known: ${[...byId.keys()].join(', ')}`);
      return record;
    },
  };
}
