// The "Move to IBKR Mobile" troubleshooter: which old app(s) the phone used and for what decides the steps
// (IBKR's Italian migration article: four paths); paths that move authentication end with how daily login works
// afterwards. A migration that fails leads to adding IB Key afresh or to recovering it before Client Services.
import { setup } from 'xstate';
import type { WizardEvent, WizardStateMeta } from '../wizard-types.ts';
import { activateIbKeyMeta, commonEndStates } from '../common-ends.ts';
import { defineTroubleshooter } from '../troubleshooter.ts';

type MoveOption =
  | 'trading'
  | 'authentication'
  | 'both'
  | 'debitCard'
  | 'ios'
  | 'android'
  | 'notNeeded'
  | 'online'
  | 'offline'
  | 'noMigration'
  | 'otherPhone'
  | 'neither';

type MoveToIbkrMobileEvent = WizardEvent<MoveOption>;

export const machine = setup({
  types: { events: {} as MoveToIbkrMobileEvent, meta: {} as WizardStateMeta },
}).createMachine({
  id: 'move-to-ibkr-mobile',
  initial: 'old-apps',
  states: {
    'old-apps': {
      meta: {
        kind: 'question',
        embed: { type: 'article', id: 'authentication-and-trading-device' },
      },
      on: {
        'answer.trading': 'trading-open',
        'answer.authentication': 'auth-migrate',
        'answer.both': 'both-activate',
        'answer.debitCard': 'debit-activate',
      },
    },

    // Trading only: nothing to migrate; the other functions sit in a menu that differs per phone system.
    'trading-open': {
      meta: {
        kind: 'step',
        embed: { type: 'article', id: 'move-to-ibkr-mobile' },
      },
      on: { 'step.done': 'trading-other-functions', 'step.failed': 'contact-support' },
    },
    'trading-other-functions': {
      meta: { kind: 'question', picker: 'platform' },
      on: { 'answer.ios': 'trading-menu-ios', 'answer.android': 'trading-menu-android', 'answer.notNeeded': 'solved' },
    },
    'trading-menu-ios': {
      meta: { kind: 'outcome' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'trading-menu-android': {
      meta: { kind: 'outcome' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },

    'auth-migrate': {
      meta: {
        kind: 'step',
        embed: { type: 'article', id: 'move-to-ibkr-mobile' },
      },
      on: { 'step.done': 'daily-login', 'step.failed': 'migration-failed' },
    },

    // Both apps, or IB Key for the debit card: authentication first, then the home-screen button.
    'both-activate': {
      meta: {
        kind: 'step',
        embed: { type: 'article', id: 'move-to-ibkr-mobile' },
      },
      on: { 'step.done': 'both-trading', 'step.failed': 'migration-failed' },
    },
    'both-trading': {
      meta: { kind: 'step' },
      on: { 'step.done': 'daily-login', 'step.failed': 'contact-support' },
    },
    'debit-activate': {
      meta: {
        kind: 'step',
        embed: { type: 'article', id: 'move-to-ibkr-mobile' },
      },
      on: { 'step.done': 'debit-card', 'step.failed': 'migration-failed' },
    },
    'debit-card': {
      meta: { kind: 'step' },
      on: { 'step.done': 'daily-login', 'step.failed': 'contact-support' },
    },

    'daily-login': {
      meta: {
        kind: 'question',
        embed: { type: 'article', id: 'ibkr-mobile-daily-login' },
      },
      on: { 'answer.online': 'daily-online', 'answer.offline': 'daily-offline' },
    },
    'daily-online': {
      meta: { kind: 'outcome' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'daily-offline' },
    },
    'daily-offline': {
      meta: {
        kind: 'outcome',
        embed: { type: 'article', id: 'ibkr-mobile-daily-login' },
      },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'migration-failed' },
    },

    // The migration did not happen or did not hold: add IB Key afresh, or recover it, before Client Services.
    'migration-failed': {
      meta: { kind: 'question' },
      on: {
        'answer.noMigration': 'activate-ib-key',
        'answer.otherPhone': 'recover-handoff',
        'answer.neither': 'contact-support',
      },
    },
    'activate-ib-key': {
      meta: activateIbKeyMeta,
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'recover-handoff': {
      type: 'final',
      meta: {
        kind: 'end',
        outcome: 'handoff',
        embed: { type: 'wizard', id: 'recover-ib-key' },
      },
    },

    ...commonEndStates,
  },
});

export const troubleshooter = defineTroubleshooter({ order: 30, machine });
