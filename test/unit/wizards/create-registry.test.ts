import { describe, it, expect } from 'vitest';
import { createMachine } from 'xstate';
import { createRegistry } from '../../../src/wizards/create-registry.ts';
import { defineTroubleshooter, type TroubleshooterModule } from '../../../src/wizards/troubleshooter.ts';

/** A module as a file in troubleshooters/ would export it. */
function file(id: string, order: number): TroubleshooterModule {
  return { troubleshooter: defineTroubleshooter({ order, machine: createMachine({ id }) }) };
}

describe('createRegistry', () => {
  it('orders the troubleshooters by their place on the index page, whatever order the files came in', () => {
    const registry = createRegistry({
      './troubleshooters/b.ts': file('b', 20),
      './troubleshooters/c.ts': file('c', 30),
      './troubleshooters/a.ts': file('a', 10),
    });
    expect(registry.all.map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds one by id, and rejects an unknown id naming the known ones', () => {
    const registry = createRegistry({ './troubleshooters/a.ts': file('a', 1), './troubleshooters/b.ts': file('b', 2) });
    expect(registry.get('b').order).toBe(2);
    expect(registry.has('a')).toBe(true);
    expect(registry.has('c')).toBe(false);
    expect(() => registry.get('c')).toThrow('Unknown troubleshooter id "c". Known: a, b');
  });

  it('refuses a file without a record, naming the file', () => {
    const modules = { './troubleshooters/helper.ts': {} as TroubleshooterModule };
    expect(() => createRegistry(modules)).toThrow('./troubleshooters/helper.ts: exports no `troubleshooter` record');
  });

  it('refuses a file whose name is not its machine id', () => {
    expect(() => createRegistry({ './troubleshooters/sms.ts': file('sms-code', 1) })).toThrow(
      './troubleshooters/sms.ts: the machine id "sms-code" must be the file name',
    );
  });

  it('refuses two troubleshooters in the same place', () => {
    expect(() =>
      createRegistry({ './troubleshooters/a.ts': file('a', 1), './troubleshooters/b.ts': file('b', 1) }),
    ).toThrow('Troubleshooters "a" and "b" both have order 1');
  });
});
