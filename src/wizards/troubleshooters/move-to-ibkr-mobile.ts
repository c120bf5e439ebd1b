// The "Move to IBKR Mobile" troubleshooter: which old app(s) the phone used and for what decides the steps
// (IBKR's Italian migration article: four paths); paths that move authentication end with how daily login works afterwards.
import { setup } from 'xstate';
import type { WizardEvent, WizardStateMeta } from '../wizard-types.ts';
import { commonEndStates } from '../common-ends.ts';
import { defineTroubleshooter } from '../troubleshooter.ts';

type MoveOption =
  'trading' | 'authentication' | 'both' | 'debitCard' | 'ios' | 'android' | 'notNeeded' | 'online' | 'offline';

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
        text: 'moveToIbkrMobile.oldApps',
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
        text: 'moveToIbkrMobile.tradingOpen',
        embed: { type: 'article', id: 'move-to-ibkr-mobile' },
      },
      on: { 'step.done': 'trading-other-functions', 'step.failed': 'contact-support' },
    },
    'trading-other-functions': {
      meta: { kind: 'question', text: 'moveToIbkrMobile.tradingOtherFunctions', picker: 'platform' },
      on: { 'answer.ios': 'trading-menu-ios', 'answer.android': 'trading-menu-android', 'answer.notNeeded': 'solved' },
    },
    'trading-menu-ios': {
      meta: { kind: 'outcome', text: 'moveToIbkrMobile.tradingMenuIos' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'trading-menu-android': {
      meta: { kind: 'outcome', text: 'moveToIbkrMobile.tradingMenuAndroid' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },

    'auth-migrate': {
      meta: {
        kind: 'step',
        text: 'moveToIbkrMobile.authMigrate',
        embed: { type: 'article', id: 'move-to-ibkr-mobile' },
      },
      on: { 'step.done': 'daily-login', 'step.failed': 'contact-support' },
    },

    // Both apps, or IB Key for the debit card: authentication first, then the home-screen button.
    'both-activate': {
      meta: {
        kind: 'step',
        text: 'moveToIbkrMobile.bothActivate',
        embed: { type: 'article', id: 'move-to-ibkr-mobile' },
      },
      on: { 'step.done': 'both-trading', 'step.failed': 'contact-support' },
    },
    'both-trading': {
      meta: { kind: 'step', text: 'moveToIbkrMobile.bothTrading' },
      on: { 'step.done': 'daily-login', 'step.failed': 'contact-support' },
    },
    'debit-activate': {
      meta: {
        kind: 'step',
        text: 'moveToIbkrMobile.debitActivate',
        embed: { type: 'article', id: 'move-to-ibkr-mobile' },
      },
      on: { 'step.done': 'debit-card', 'step.failed': 'contact-support' },
    },
    'debit-card': {
      meta: { kind: 'step', text: 'moveToIbkrMobile.debitCard' },
      on: { 'step.done': 'daily-login', 'step.failed': 'contact-support' },
    },

    'daily-login': {
      meta: {
        kind: 'question',
        text: 'moveToIbkrMobile.dailyLogin',
        embed: { type: 'article', id: 'ibkr-mobile-daily-login' },
      },
      on: { 'answer.online': 'daily-online', 'answer.offline': 'daily-offline' },
    },
    'daily-online': {
      meta: { kind: 'outcome', text: 'moveToIbkrMobile.dailyOnline' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'daily-offline' },
    },
    'daily-offline': {
      meta: {
        kind: 'outcome',
        text: 'moveToIbkrMobile.dailyOffline',
        embed: { type: 'article', id: 'ibkr-mobile-daily-login' },
      },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },

    ...commonEndStates,
  },
});

export const troubleshooter = defineTroubleshooter({ order: 30, machine });
