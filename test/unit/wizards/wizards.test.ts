import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { locales, sourceLocale, toLocale } from '../../../src/i18n/locales.ts';
import { registry } from '../../../src/wizards/wizard-registry.ts';
import { checkArticles } from '../../../src/content/article-files.ts';
import { wizardGraph, type WizardGraph } from '../../../src/wizards/wizard-graph.ts';
import type { WizardStateMeta } from '../../../src/wizards/wizard-types.ts';
import { wizardTextKey } from '../../../src/wizards/troubleshooter.ts';
import { wizardStaticPaths } from '../../../src/pages/[lang]/wizards/_static-paths.ts';
import { registry as e2eRegistry } from '../../e2e/troubleshooters-on-disk.ts';

const root = new URL('../../../', import.meta.url);

type Strings = { [key: string]: string | Strings };

function loadStrings(code: string, namespace = 'wizards'): Strings {
  return JSON.parse(readFileSync(new URL(`content/locales/${code}/${namespace}.json`, root), 'utf8')) as Strings;
}

/** Every string in the file by its dotted key. */
function flatten(strings: Strings, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const strings = new Map(locales.map((l) => [l.code, flatten(loadStrings(l.code))]));
const source = strings.get(sourceLocale) ?? new Map<string, string>();

/**
 * Italian strings that may equal the English ones: product and platform names, which are never translated, and a
 * country name spelt the same in both languages. Everything else must be written in Italian.
 */
const sameInEveryLocale = new Set([
  'cantLogIn.crSystem.options.ios',
  'cantLogIn.crSystem.options.android',
  'smsCode.voicePlatform.options.tws',
  'smsCode.voicePlatform.options.clientPortal',
  'recoverIbKey.reinstallSystem.options.ios',
  'recoverIbKey.reinstallSystem.options.android',
  'smsCode.carrierCountry.options.india',
]);

/** Ids of the English articles that exist in content/ (read and checked as `npm run l10n` does). */
const articleIdsOnDisk = checkArticles('content/articles', [sourceLocale], sourceLocale).articles.map((a) => a.data.id);

/** Every text key the wizard shows: its title and summary, then each step's title, body, question and labels. */
function graphTextKeys(graph: WizardGraph): string[] {
  const keys = [`${graph.textKey}.title`, `${graph.textKey}.summary`];
  for (const step of graph.steps) {
    keys.push(
      step.titleKey,
      step.bodyKey,
      ...(step.questionKey ? [step.questionKey] : []),
      ...step.options.map((o) => o.labelKey),
    );
  }
  return [...new Set(keys)];
}

/** Step ids from which an end step can be reached (an end step reaches itself). */
function canFinish(graph: WizardGraph): Set<string> {
  const finishing = new Set(graph.steps.filter((s) => s.kind === 'end').map((s) => s.id));
  for (let grew = true; grew;) {
    grew = false;
    for (const step of graph.steps) {
      if (!finishing.has(step.id) && step.options.some((o) => finishing.has(o.target))) {
        finishing.add(step.id);
        grew = true;
      }
    }
  }
  return finishing;
}

function camel(id: string): string {
  return wizardTextKey(id);
}

describe('the registry', () => {
  const files = readdirSync(new URL('src/wizards/troubleshooters/', root)).filter((f) => f.endsWith('.ts'));

  it('holds one troubleshooter per file in src/wizards/troubleshooters/, found by import.meta.glob', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(registry.all.map((t) => `${t.id}.ts`).sort()).toEqual([...files].sort());
  });

  it('lists them in index-page order, each place taken once', () => {
    const orders = registry.all.map((t) => t.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('has and get find a troubleshooter and reject an unknown id', () => {
    const [first] = registry.all;
    expect(registry.has(first!.id)).toBe(true);
    expect(registry.get(first!.id)).toBe(first);
    expect(registry.has('nope')).toBe(false);
    expect(() => registry.get('nope')).toThrow(/Unknown troubleshooter id "nope"/);
  });

  it('gives every troubleshooter its page in every locale (the pages getStaticPaths returns)', () => {
    const paths = wizardStaticPaths().map(({ params, props }) => [params.lang, params.id, props.troubleshooter.id]);
    const expected = locales.flatMap((l) => registry.all.map((t) => [l.code, t.id, t.id]));
    expect(paths).toEqual(expected);
  });

  it('is the list the e2e spec walks: the folder read by test/e2e/troubleshooters-on-disk.ts, in the same order', () => {
    expect(e2eRegistry.all.map((t) => [t.id, t.order])).toEqual(registry.all.map((t) => [t.id, t.order]));
  });
});

describe.each(registry.all.map((t) => [t.id, t] as const))('troubleshooter %s', (id, troubleshooter) => {
  const { machine } = troubleshooter;
  const graph = wizardGraph(machine);
  const stepIds = graph.steps.map((s) => s.id);

  it('derives a graph whose first step is the initial state', () => {
    expect(graph.id).toBe(id);
    expect(graph.steps[0]?.id).toBe(graph.initial);
  });

  it('has a record read from its machine: id, strings key and the articles its steps embed', () => {
    expect(troubleshooter.id).toBe(machine.id);
    expect(troubleshooter.strings).toEqual({ namespace: 'wizards', key: graph.textKey });
    const embedded = graph.steps.flatMap((s) => (s.embed?.type === 'article' ? [s.embed.id] : []));
    expect(troubleshooter.articleIds).toEqual([...new Set(embedded)]);
  });

  it('reaches every state from the start (xstate/graph shortest paths)', () => {
    const reached = getShortestPaths(machine).map((p) => String(p.state.value));
    expect(new Set(reached)).toEqual(new Set(stepIds));
  });

  it('follows each shortest path in a running actor to the expected state', () => {
    for (const path of getShortestPaths(machine)) {
      const actor = createActor(machine).start();
      for (const step of path.steps.slice(1)) actor.send(step.event); // steps[0] is xstate.init
      const snapshot = actor.getSnapshot();
      expect(snapshot.value).toBe(path.state.value);
      const kind = graph.steps.find((s) => s.id === snapshot.value)?.kind;
      expect(snapshot.status).toBe(kind === 'end' ? 'done' : 'active');
      actor.stop();
    }
  });

  it('gives every non-end state a way forward and every question a real choice', () => {
    for (const step of graph.steps) {
      if (step.kind === 'end') expect(step.options, step.id).toEqual([]);
      else expect(step.options.length, step.id).toBeGreaterThanOrEqual(1);
      if (step.kind === 'question') expect(step.options.length, step.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('can reach an end state from every state, so every path ends in an end state', () => {
    expect(canFinish(graph)).toEqual(new Set(stepIds));
    const finals = getSimplePaths(machine).filter((p) => p.state.status === 'done');
    const ends = graph.steps.filter((s) => s.kind === 'end').map((s) => s.id);
    expect(new Set(finals.map((p) => String(p.state.value)))).toEqual(new Set(ends));
  });

  it('hands over to Client Services somewhere, and "yes" on an outcome always means solved', () => {
    expect(graph.steps.some((s) => s.outcome === 'escalate')).toBe(true);
    for (const step of graph.steps.filter((s) => s.kind === 'outcome')) {
      const yes = step.options.find((o) => o.event === 'outcome.yes');
      const no = step.options.find((o) => o.event === 'outcome.no');
      expect(graph.steps.find((s) => s.id === yes?.target)?.outcome, step.id).toBe('solved');
      expect(no?.target, step.id).not.toBe(yes?.target);
    }
  });

  it('names its text after the wizard and the state (or a shared common key), and names only shared keys itself', () => {
    for (const step of graph.steps) {
      if (step.textKey.startsWith('common.')) continue;
      expect(step.textKey).toBe(`${graph.textKey}.${camel(step.id)}`);
    }
    for (const [state, node] of Object.entries(machine.root.states)) {
      const { text } = node.meta as WizardStateMeta;
      if (text !== undefined) expect(text, state).toMatch(/^common\./);
    }
  });

  it('embeds only articles that exist in content/articles/en, and other registered troubleshooters', () => {
    for (const step of graph.steps) {
      if (step.embed?.type === 'article') {
        expect(articleIdsOnDisk, `${step.id}: article ${step.embed.id} in content/articles/en`).toContain(
          step.embed.id,
        );
      }
      if (step.embed?.type === 'wizard') {
        expect(registry.has(step.embed.id), `${step.id}: troubleshooter ${step.embed.id}`).toBe(true);
        expect(step.embed.id).not.toBe(id);
      }
    }
  });

  it.each(locales.map((l) => [l.code]))('has every text in %s, in the file its record names', (code) => {
    const own = flatten(loadStrings(code, troubleshooter.strings.namespace));
    const missing = graphTextKeys(graph).filter((key) => !own.get(key)?.trim());
    expect(missing).toEqual([]);
  });

  it('has no strings in its section that no state uses', () => {
    const used = new Set(graphTextKeys(graph));
    const unused = [...source.keys()].filter((k) => k.startsWith(`${graph.textKey}.`) && !used.has(k));
    expect(unused).toEqual([]);
  });
});

// No dead ends, read from the machines themselves (not from wizardGraph, which refuses such an end anyway): every final
// state solves the problem, hands the reader over to Client Services (the page then shows how to reach them and the
// summary of the path), or hands off to another registered troubleshooter. And an answer that says something did not
// work never leads straight to "solved".
describe.each(registry.all.map((t) => [t.id, t.machine] as const))('the ends of %s', (id, machine) => {
  const nodes = Object.entries(machine.root.states);
  const finals = nodes.filter(([, node]) => node.type === 'final');

  it('are exactly the states XState reaches as done on some path', () => {
    const done = getSimplePaths(machine).filter((p) => p.state.status === 'done');
    expect(new Set(done.map((p) => String(p.state.value)))).toEqual(new Set(finals.map(([key]) => key)));
  });

  it.each(finals.map(([key, node]) => [key, node.meta as WizardStateMeta]))(
    '%s solves the problem, hands over to Client Services, or hands off to another troubleshooter',
    (_, meta) => {
      expect(meta.kind).toBe('end');
      if (meta.kind !== 'end') return;
      expect(['solved', 'escalate', 'handoff']).toContain(meta.outcome);
      if (meta.outcome === 'handoff') {
        expect(meta.embed.type).toBe('wizard');
        expect(registry.has(meta.embed.id), meta.embed.id).toBe(true);
        expect(meta.embed.id).not.toBe(id);
      } else {
        expect(meta.embed?.type).not.toBe('wizard');
      }
    },
  );

  it('are reached from "It didn\'t work" or "No, still stuck" only when they hand over or hand off', () => {
    for (const [key, node] of nodes) {
      for (const event of ['step.failed', 'outcome.no']) {
        const target = node.on[event]?.[0]?.target?.[0];
        const meta = target?.meta as { outcome?: string } | undefined;
        if (target) expect(meta?.outcome, `${key} ${event}`).not.toBe('solved');
      }
    }
  });
});

describe('wizards.json', () => {
  it('has the same keys in every locale', () => {
    for (const [code, own] of strings) expect([...own.keys()].sort(), code).toEqual([...source.keys()].sort());
  });

  it('keeps the same {{placeholders}} in every locale', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const [code, own] of strings) {
      for (const [key, text] of source) {
        expect(placeholders(own.get(key) ?? ''), `${code} ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('has no English text on the Italian side, apart from names that are never translated', () => {
    const italian = strings.get(toLocale('it'));
    expect(italian).toBeDefined();
    const untranslated = [...source].filter(([key, en]) => italian?.get(key) === en && !sameInEveryLocale.has(key));
    expect(untranslated.map(([key]) => key)).toEqual([]);
    for (const key of sameInEveryLocale) expect(italian?.get(key), key).toBe(source.get(key));
  });

  it('uses no English sentence words in Italian text outside quoted or bold UI labels', () => {
    const english = /\b(the|you|your|and|with|this|that|is|are|to|of|it)\b/i;
    const offenders = [...(strings.get(toLocale('it')) ?? [])].filter(([, text]) => {
      const prose = text
        .replace(/\*\*[^*]+\*\*/g, '')
        .replace(/"[^"]*"/g, '')
        .replace(/\([^)]*\)/g, '');
      return english.test(prose);
    });
    expect(offenders).toEqual([]);
  });

  it('uses only the markup mini-markdown renders (no HTML, no links, no backticks)', () => {
    for (const [code, own] of strings) {
      for (const [key, text] of own) expect(text, `${code} ${key}`).not.toMatch(/<\/?[a-z]|\]\(|`/i);
    }
  });
});

describe('the practice card in the login troubleshooter', () => {
  it('stands beside all five security-card login steps and nowhere else', () => {
    const graph = wizardGraph(registry.get('cant-log-in').machine);
    expect(graph.steps.filter((s) => s.practice).map((s) => s.id)).toEqual([
      'card-credentials',
      'card-pin',
      'card-challenge',
      'card-read-response',
      'card-enter-response',
    ]);
    for (const { machine } of registry.all.filter((t) => t.id !== 'cant-log-in')) {
      expect(wizardGraph(machine).steps.some((s) => s.practice)).toBe(false);
    }
  });
});
