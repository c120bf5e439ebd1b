// "I can't log in", IBKR Mobile: did the notification arrive, is the phone online; Challenge/Response works either way,
// and when it fails too, whether the phone or the app changed decides between recovering IB Key and a temporary code.
// A part of cant-log-in.ts, kept in its own file for length; the states are spread into that machine.
import type { WizardStatesPart } from '../../wizard-types.ts';
import type { CantLogInEvent } from './events.ts';

export const ibkrMobileStates = {
  'notification-arrived': {
    meta: { kind: 'question' },
    on: { 'answer.yes': 'notification-confirm', 'answer.no': 'phone-online' },
  },
  'notification-confirm': {
    meta: {
      kind: 'outcome',
      embed: { type: 'article', id: 'ibkr-mobile-daily-login' },
    },
    on: { 'outcome.yes': 'solved', 'outcome.no': 'cr-system' },
  },
  'phone-online': {
    meta: { kind: 'question', embed: { type: 'article', id: 'before-you-travel' } },
    on: { 'answer.yes': 'notification-troubleshooting', 'answer.no': 'cr-system' },
  },
  'notification-troubleshooting': {
    meta: {
      kind: 'outcome',
      embed: { type: 'article', id: 'ibkr-mobile-notification-missing' },
    },
    on: { 'outcome.yes': 'solved', 'outcome.no': 'cr-system' },
  },
  'cr-system': {
    meta: { kind: 'question', picker: 'platform' },
    on: { 'answer.ios': 'cr-ios', 'answer.android': 'cr-android' },
  },
  'cr-ios': {
    meta: {
      kind: 'outcome',
      embed: { type: 'article', id: 'ibkr-mobile-notification-missing' },
    },
    on: { 'outcome.yes': 'solved', 'outcome.no': 'cr-changed' },
  },
  'cr-android': {
    meta: {
      kind: 'outcome',
      embed: { type: 'article', id: 'ibkr-mobile-notification-missing' },
    },
    on: { 'outcome.yes': 'solved', 'outcome.no': 'cr-changed' },
  },
  'cr-changed': {
    meta: { kind: 'question', embed: { type: 'article', id: '2748' } },
    on: {
      'answer.reinstalled': 'recover-handoff',
      'answer.replacedOrLost': 'recover-handoff',
      'answer.nothingChanged': 'temporary-access',
    },
  },
} as const satisfies WizardStatesPart<CantLogInEvent>;
