// The "Recover IBKR Mobile Authentication" troubleshooter: does the reader need recovery at all, and which kind
// (same phone after a reinstall, per phone system; or a move to a new phone). When that fails, adding IB Key afresh
// (it needs an SMS to the number on record), and then the temporary code from Client Services.
import { setup } from 'xstate';
import type { WizardEvent, WizardStateMeta } from '../wizard-types.ts';
import { activateIbKeyMeta, commonEndStates } from '../common-ends.ts';
import { defineTroubleshooter } from '../troubleshooter.ts';

type RecoverOption =
  'reinstalled' | 'newPhone' | 'lostPhone' | 'notifications' | 'tradingOnly' | 'ios' | 'android' | 'yes' | 'no';

type RecoverIbKeyEvent = WizardEvent<RecoverOption>;

export const machine = setup({
  types: { events: {} as RecoverIbKeyEvent, meta: {} as WizardStateMeta },
}).createMachine({
  id: 'recover-ib-key',
  initial: 'need-recovery',
  states: {
    'need-recovery': {
      meta: { kind: 'question', embed: { type: 'article', id: '2748' } },
      on: {
        'answer.reinstalled': 'reinstall-system',
        'answer.newPhone': 'migrate-ib-key',
        'answer.lostPhone': 'lost-phone',
        'answer.notifications': 'notifications-handoff',
        'answer.tradingOnly': 'trading-device',
      },
    },

    // Same phone, app reinstalled: the steps differ per phone system (IBKR articles 2748 and 3073).
    'reinstall-system': {
      meta: { kind: 'question', picker: 'platform' },
      on: { 'answer.ios': 'reinstall-ios', 'answer.android': 'reinstall-android' },
    },
    'reinstall-ios': {
      meta: { kind: 'outcome' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'restore-failed' },
    },
    'reinstall-android': {
      meta: { kind: 'outcome' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'restore-failed' },
    },

    // New, second or replacement phone: Migrate IB Key, confirmed by SMS to the original number or another device.
    'lost-phone': {
      meta: { kind: 'question' },
      on: { 'answer.yes': 'migrate-ib-key', 'answer.no': 'recovery-alternative' },
    },
    'migrate-ib-key': {
      meta: { kind: 'outcome', embed: { type: 'article', id: '2748' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'restore-failed' },
    },

    // Restoring or migrating did not work: adding IB Key afresh needs an SMS to the number IBKR has on record.
    'restore-failed': {
      meta: { kind: 'question' },
      on: { 'answer.yes': 'activate-ib-key', 'answer.no': 'recovery-alternative' },
    },
    'activate-ib-key': {
      meta: activateIbKeyMeta,
      on: { 'outcome.yes': 'solved', 'outcome.no': 'recovery-alternative' },
    },

    // Not a recovery case: send the reader where the problem is handled.
    'notifications-handoff': {
      type: 'final',
      meta: {
        kind: 'end',
        outcome: 'handoff',
        embed: { type: 'wizard', id: 'cant-log-in' },
      },
    },
    'trading-device': {
      meta: {
        kind: 'outcome',
        embed: { type: 'article', id: 'authentication-and-trading-device' },
      },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },

    'recovery-alternative': {
      type: 'final',
      meta: { kind: 'end', outcome: 'escalate', embed: { type: 'article', id: '70' } },
    },
    ...commonEndStates,
  },
});

export const troubleshooter = defineTroubleshooter({ order: 40, machine });
