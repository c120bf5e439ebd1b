// What one troubleshooter is: the record its own file in troubleshooters/ exports as `troubleshooter`. The author
// gives the machine and its place on the index page; everything else the record holds is read from the machine, so
// the file cannot disagree with itself.
import type { AnyStateMachine } from 'xstate';
import type { WizardStateMeta } from './wizard-types.ts';

export interface Troubleshooter {
  /** The machine id and the file name: the URL segment of /<lang>/wizards/<id>/, kebab case. */
  readonly id: string;
  /** Its place on the index page, lowest first. */
  readonly order: number;
  readonly machine: AnyStateMachine;
  /** Knowledge-base ids of the articles its steps embed, in step order: those article pages link back to it. */
  readonly articleIds: readonly string[];
  /** Where its text lives: content/locales/<lang>/<namespace>.json, under `key` (its id in camel case). */
  readonly strings: { readonly namespace: 'wizards'; readonly key: string };
}

/** What a file in troubleshooters/ exports, as the registry finds it. */
export interface TroubleshooterModule {
  readonly troubleshooter: Troubleshooter;
}

/** The camel-case key of a troubleshooter's strings: its id without hyphens (`cant-log-in` -> `cantLogIn`). */
export function wizardTextKey(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The record of a troubleshooter file, from its machine and its place on the index page. Marked free of side effects
 * so the browser's bundle, which takes only the machine, leaves the call out.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineTroubleshooter({ order, machine }: { order: number; machine: AnyStateMachine }): Troubleshooter {
  const metas = Object.values(machine.root.states).map((node) => node.meta as WizardStateMeta | undefined);
  const articleIds = metas.flatMap((meta) => (meta?.embed?.type === 'article' ? [meta.embed.id] : []));
  return {
    id: machine.id,
    order,
    machine,
    articleIds: [...new Set(articleIds)],
    strings: { namespace: 'wizards', key: wizardTextKey(machine.id) },
  };
}
