// The "I can't log in" troubleshooter: finds the reader's two-factor method, then walks the security-card login,
// the IBKR Mobile notification checks (with Challenge/Response as the way round) or hands over to the SMS wizard.
import { setup } from 'xstate';
import type { WizardEvent, WizardStateMeta } from '../wizard-types.ts';
import { commonEndStates } from '../common-ends.ts';
import { defineTroubleshooter } from '../troubleshooter.ts';

type CantLogInOption =
  | 'card'
  | 'notification'
  | 'sms'
  | 'unsure'
  | 'stillUnsure'
  | 'expired'
  | 'cardProblem'
  | 'other'
  | 'buttons'
  | 'display'
  | 'forgotPin'
  | 'lostOrBroken'
  | 'yes'
  | 'no'
  | 'ios'
  | 'android';

type CantLogInEvent = WizardEvent<CantLogInOption>;

export const machine = setup({
  types: { events: {} as CantLogInEvent, meta: {} as WizardStateMeta },
}).createMachine({
  id: 'cant-log-in',
  initial: 'method',
  states: {
    method: {
      meta: { kind: 'question', text: 'cantLogIn.method' },
      on: {
        'answer.card': 'card-credentials',
        'answer.notification': 'notification-arrived',
        'answer.sms': 'sms-handoff',
        'answer.unsure': 'identify-method',
      },
    },
    'identify-method': {
      meta: { kind: 'question', text: 'cantLogIn.identifyMethod', embed: { type: 'article', id: '1131' } },
      on: {
        'answer.card': 'card-credentials',
        'answer.notification': 'notification-arrived',
        'answer.sms': 'sms-handoff',
        'answer.stillUnsure': 'contact-support',
      },
    },

    // Security card: the five steps of IBKR article 2634, one state each, with one practice card alongside all five.
    'card-credentials': {
      meta: { kind: 'step', text: 'cantLogIn.cardCredentials', practice: true },
      on: { 'step.done': 'card-pin', 'step.failed': 'credentials-rejected' },
    },
    'credentials-rejected': {
      meta: { kind: 'outcome', text: 'cantLogIn.credentialsRejected' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'card-pin': {
      meta: { kind: 'step', text: 'cantLogIn.cardPin', practice: true },
      on: { 'step.done': 'card-challenge', 'step.failed': 'card-problems' },
    },
    'card-challenge': {
      meta: { kind: 'step', text: 'cantLogIn.cardChallenge', practice: true },
      on: { 'step.done': 'card-read-response', 'step.failed': 'card-problems' },
    },
    'card-read-response': {
      meta: { kind: 'step', text: 'cantLogIn.cardReadResponse', practice: true },
      on: { 'step.done': 'card-enter-response', 'step.failed': 'card-problems' },
    },
    'card-enter-response': {
      meta: {
        kind: 'outcome',
        text: 'cantLogIn.cardEnterResponse',
        embed: { type: 'article', id: '2634' },
        practice: true,
      },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'card-login-failed' },
    },
    'card-login-failed': {
      meta: { kind: 'question', text: 'cantLogIn.cardLoginFailed' },
      on: {
        'answer.expired': 'card-expired',
        'answer.cardProblem': 'card-problems',
        'answer.other': 'contact-support',
      },
    },
    'card-expired': {
      meta: { kind: 'step', text: 'cantLogIn.cardExpired' },
      on: { 'step.done': 'card-credentials', 'step.failed': 'contact-support' },
    },
    'card-problems': {
      meta: { kind: 'question', text: 'cantLogIn.cardProblems' },
      on: {
        'answer.buttons': 'card-buttons',
        'answer.display': 'card-older-model',
        'answer.forgotPin': 'card-forgot-pin',
        'answer.lostOrBroken': 'card-lost',
      },
    },
    'card-buttons': {
      meta: { kind: 'outcome', text: 'cantLogIn.cardButtons' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'card-lost' },
    },
    'card-older-model': {
      meta: { kind: 'outcome', text: 'cantLogIn.cardOlderModel' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'card-forgot-pin': {
      type: 'final',
      meta: { kind: 'end', text: 'cantLogIn.cardForgotPin', outcome: 'escalate', embed: { type: 'contact' } },
    },
    'card-lost': {
      type: 'final',
      meta: { kind: 'end', text: 'cantLogIn.cardLost', outcome: 'escalate', embed: { type: 'contact' } },
    },

    // IBKR Mobile: did the notification arrive, is the phone online; Challenge/Response works either way.
    'notification-arrived': {
      meta: { kind: 'question', text: 'cantLogIn.notificationArrived' },
      on: { 'answer.yes': 'notification-confirm', 'answer.no': 'phone-online' },
    },
    'notification-confirm': {
      meta: {
        kind: 'outcome',
        text: 'cantLogIn.notificationConfirm',
        embed: { type: 'article', id: 'ibkr-mobile-daily-login' },
      },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'cr-system' },
    },
    'phone-online': {
      meta: { kind: 'question', text: 'cantLogIn.phoneOnline' },
      on: { 'answer.yes': 'notification-troubleshooting', 'answer.no': 'cr-system' },
    },
    'notification-troubleshooting': {
      meta: {
        kind: 'outcome',
        text: 'cantLogIn.notificationTroubleshooting',
        embed: { type: 'article', id: 'ibkr-mobile-notification-missing' },
      },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'cr-system' },
    },
    'cr-system': {
      meta: { kind: 'question', text: 'cantLogIn.crSystem', picker: 'platform' },
      on: { 'answer.ios': 'cr-ios', 'answer.android': 'cr-android' },
    },
    'cr-ios': {
      meta: {
        kind: 'outcome',
        text: 'cantLogIn.crIos',
        embed: { type: 'article', id: 'ibkr-mobile-notification-missing' },
      },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'cr-android': {
      meta: {
        kind: 'outcome',
        text: 'cantLogIn.crAndroid',
        embed: { type: 'article', id: 'ibkr-mobile-notification-missing' },
      },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },

    'sms-handoff': {
      type: 'final',
      meta: {
        kind: 'end',
        text: 'cantLogIn.smsHandoff',
        outcome: 'handoff',
        embed: { type: 'wizard', id: 'sms-code' },
      },
    },
    ...commonEndStates,
  },
});

export const troubleshooter = defineTroubleshooter({ order: 10, machine });
