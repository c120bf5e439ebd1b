// The browser's way to the troubleshooters: each file in troubleshooters/ becomes a chunk of its own (a lazy
// import.meta.glob), and a page loads only the one it names, instead of every machine on every page.
import type { AnyStateMachine } from 'xstate';

// Only the `machine` export: the rest of the record is for the build, and the bundler can leave it out.
const files = import.meta.glob<AnyStateMachine>('./troubleshooters/*.ts', { import: 'machine' });

/** The machine of the troubleshooter with this id, loaded on demand; rejects an id that has no file. */
export async function loadTroubleshooterMachine(id: string): Promise<AnyStateMachine> {
  const load = files[`./troubleshooters/${id}.ts`];
  if (!load) throw new Error(`Unknown troubleshooter "${id}"`);
  return load();
}
