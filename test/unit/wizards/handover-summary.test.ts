// The hand-off summary's pure part in Node: a session's path becomes one line per step passed, with the option chosen
// there, in order and in each language, and plain text to copy. Walked over every simple path that ends in a hand-over
// to Client Services, through the session machine, as the page does.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { locales } from '../../../src/i18n/locales.ts';
import { registry } from '../../../src/wizards/wizard-registry.ts';
import { wizardGraph, type WizardGraph } from '../../../src/wizards/wizard-graph.ts';
import { wizardSessionMachine } from '../../../src/wizards/wizard-session.ts';
import { lineText, summaryLines, summaryText, type SummaryLabels } from '../../../src/wizards/handover-summary.ts';
import type { PathStep } from '../../../src/wizards/wizard-location.ts';

type Strings = { [key: string]: string | Strings };

function stringsOf(code: string): (key: string) => string {
  const root = JSON.parse(
    readFileSync(new URL(`../../../content/locales/${code}/wizards.json`, import.meta.url), 'utf8'),
  ) as Strings;
  return (key) => {
    let node: string | Strings | undefined = root;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`${code}: no string ${key}`);
    return node;
  };
}

/** The labels as a page in this language shows them: step titles and option labels from the string files. */
function labelsFor(graph: WizardGraph, code: string): SummaryLabels {
  const text = stringsOf(code);
  const step = (id: string) => graph.steps.find((s) => s.id === id)!;
  return {
    title: (id) => text(step(id).titleKey),
    option: (id, event) => text(step(id).options.find((o) => o.event === event)!.labelKey),
  };
}

const toy: SummaryLabels = {
  title: (step) => `Title of ${step}`,
  option: (step, event) => `${event} at ${step}`,
};

describe('summaryLines', () => {
  it('gives one line per step passed, with the option chosen there, in order; the step reached has none', () => {
    const path: PathStep[] = [
      { step: 'first', event: 'answer.a' },
      { step: 'second', event: 'step.failed' },
      { step: 'end' },
    ];
    expect(summaryLines(path, toy)).toEqual([
      { step: 'first', question: 'Title of first', answer: 'answer.a at first' },
      { step: 'second', question: 'Title of second', answer: 'step.failed at second' },
    ]);
  });

  it('is empty for a path of one step (a bookmarked end)', () => {
    expect(summaryLines([{ step: 'end' }], toy)).toEqual([]);
  });

  it('reads nothing but the step and the event, so nothing else a path might carry can reach the summary', () => {
    const typed = [
      { step: 'first', event: 'answer.a', userName: 'pat.example', pin: '1234' },
      { step: 'end', response: '12345678' },
    ] as unknown as PathStep[];
    const text = summaryText('Heading', summaryLines(typed, toy), 'Ended');
    expect(text).not.toMatch(/pat\.example|1234|12345678/);
  });
});

describe('summaryText', () => {
  it('is the heading, the numbered lines and where it ended, one per line', () => {
    const lines = summaryLines(
      [{ step: 'a', event: 'answer.x' }, { step: 'b', event: 'outcome.no' }, { step: 'c' }],
      toy,
    );
    expect(lineText(lines[0]!)).toBe('Title of a — answer.x at a');
    expect(summaryText('What I tried:', lines, 'Ended at c')).toBe(
      ['What I tried:', '1. Title of a — answer.x at a', '2. Title of b — outcome.no at b', 'Ended at c'].join('\n'),
    );
  });
});

describe.each(registry.all.map((t) => [t.id, t.machine] as const))(
  'the summary at each hand-over of %s',
  (_, machine) => {
    const graph = wizardGraph(machine);
    const escalates = new Set(graph.steps.filter((s) => s.outcome === 'escalate').map((s) => s.id));
    const paths = getSimplePaths(machine)
      .filter((p) => escalates.has(String(p.state.value)))
      .map((p) => p.steps.slice(1).map((s) => s.event.type));

    it('is reached by some path', () => {
      expect(paths.length).toBeGreaterThan(0);
    });

    it.each(locales.map((l) => [l.code]))(
      'lists, in %s, every question and step of the path with the answer given, in order',
      (code) => {
        const labels = labelsFor(graph, code);
        for (const events of paths) {
          const session = createActor(wizardSessionMachine(machine)).start();
          for (const event of events) session.send({ type: 'wizard.choose', event });
          const path = session.getSnapshot().context.path;
          const lines = summaryLines(path, labels);
          expect(lines.map((l) => l.answer)).toEqual(events.map((event, i) => labels.option(path[i]!.step, event)));
          expect(lines.map((l) => l.question)).toEqual(path.slice(0, -1).map((p) => labels.title(p.step)));
          expect(
            lines.every((l) => l.question !== '' && l.answer !== ''),
            events.join(' '),
          ).toBe(true);
          session.stop();
        }
      },
    );
  },
);
