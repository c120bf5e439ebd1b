import { describe, it, expect } from 'vitest';
import { setup } from 'xstate';
import { defineTroubleshooter, wizardTextKey } from '../../../src/wizards/troubleshooter.ts';
import type { WizardEvent, WizardStateMeta } from '../../../src/wizards/wizard-types.ts';

const machine = setup({ types: { events: {} as WizardEvent<'a' | 'b'>, meta: {} as WizardStateMeta } }).createMachine({
  id: 'lost-card',
  initial: 'which',
  states: {
    which: {
      meta: { kind: 'question', text: 'lostCard.which', embed: { type: 'article', id: '2634' } },
      on: { 'answer.a': 'read', 'answer.b': 'other' },
    },
    read: {
      type: 'final',
      meta: { kind: 'end', text: 'lostCard.read', outcome: 'escalate', embed: { type: 'article', id: '9101' } },
    },
    other: {
      type: 'final',
      meta: { kind: 'end', text: 'lostCard.other', outcome: 'solved', embed: { type: 'article', id: '2634' } },
    },
  },
});

describe('defineTroubleshooter', () => {
  it('reads the id, the strings key and the embedded articles from the machine', () => {
    const record = defineTroubleshooter({ order: 50, machine });
    expect(record).toEqual({
      id: 'lost-card',
      order: 50,
      machine,
      articleIds: ['2634', '9101'],
      strings: { namespace: 'wizards', key: 'lostCard' },
    });
  });
});

describe('wizardTextKey', () => {
  it('camel-cases the troubleshooter id', () => {
    expect(wizardTextKey('cant-log-in')).toBe('cantLogIn');
    expect(wizardTextKey('recover-ib-key')).toBe('recoverIbKey');
    expect(wizardTextKey('sms-code')).toBe('smsCode');
  });
});
