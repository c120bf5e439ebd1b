// The "I can't log in" troubleshooter: starts from what happens when the reader tries, and covers the 11 situations of
// IBKR's "Troubleshooting: failed Client Portal login" (user name and password refused, "login failed" after the
// device's code, forgotten details, device away, lost or broken, temporary code or online card run out, temporary code
// only good for Client Portal, waiting for a card, activating one, "invalid characters"), then the security-card login
// step by step, the IBKR Mobile notification checks with Challenge/Response, and hand-overs to the other troubleshooters.
import { setup } from 'xstate';
import type { WizardStateMeta } from '../wizard-types.ts';
import { commonEndStates, temporaryAccessEnd } from '../common-ends.ts';
import { defineTroubleshooter } from '../troubleshooter.ts';
import type { CantLogInEvent } from './cant-log-in/events.ts';
import { ibkrMobileStates } from './cant-log-in/ibkr-mobile-states.ts';
import { securityCardStates } from './cant-log-in/security-card-states.ts';

export const machine = setup({
  types: { events: {} as CantLogInEvent, meta: {} as WizardStateMeta },
}).createMachine({
  id: 'cant-log-in',
  initial: 'what-happens',
  states: {
    'what-happens': {
      meta: { kind: 'question' },
      on: {
        'answer.credentials': 'credentials-rejected',
        'answer.invalidCharacters': 'invalid-characters',
        'answer.forgotten': 'forgotten',
        'answer.deviceAway': 'device-away',
        'answer.codeRejected': 'code-source',
        'answer.nothingArrives': 'nothing-arrives',
        'answer.temporaryStopped': 'temporary-stopped',
        'answer.newCard': 'new-card',
        'answer.other': 'method',
      },
    },

    // (1) User name and password refused, and the lock after ten failures; (11) "invalid characters"; (3) forgotten.
    'credentials-rejected': {
      meta: { kind: 'outcome', embed: { type: 'article', id: 'password-and-user-name' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'still-rejected' },
    },
    'still-rejected': {
      meta: { kind: 'question', embed: { type: 'article', id: 'password-and-user-name' } },
      on: {
        'answer.forgotPassword': 'forgot-password',
        'answer.locked': 'login-locked',
        'answer.sure': 'contact-support',
      },
    },
    'login-locked': {
      type: 'final',
      meta: { kind: 'end', outcome: 'escalate', embed: { type: 'article', id: '70' } },
    },
    'invalid-characters': {
      meta: { kind: 'outcome', embed: { type: 'article', id: 'password-and-user-name' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    forgotten: {
      meta: { kind: 'question' },
      on: { 'answer.password': 'forgot-password', 'answer.userName': 'forgot-user-name' },
    },
    'forgot-password': {
      meta: { kind: 'outcome', embed: { type: 'article', id: 'password-and-user-name' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'forgot-user-name': {
      type: 'final',
      meta: { kind: 'end', outcome: 'escalate', embed: { type: 'article', id: 'password-and-user-name' } },
    },

    // (4) Device not at hand, (5) lost or damaged: a temporary code, a replacement card or recovering IB Key.
    'device-away': {
      meta: { kind: 'question' },
      on: {
        'answer.cardAway': 'temporary-access',
        'answer.cardBroken': 'card-lost',
        'answer.phoneAway': 'temporary-access',
        'answer.phoneGone': 'recover-handoff',
        'answer.smsPhoneGone': 'temporary-access',
      },
    },
    'temporary-access': temporaryAccessEnd,
    'card-lost': {
      type: 'final',
      meta: { kind: 'end', outcome: 'escalate', embed: { type: 'article', id: '1943' } },
    },
    'recover-handoff': {
      type: 'final',
      meta: {
        kind: 'end',
        outcome: 'handoff',
        embed: { type: 'wizard', id: 'recover-ib-key' },
      },
    },

    // (2) "Login failed" after the device's code: what to check depends on where the code comes from.
    'code-source': {
      meta: { kind: 'question' },
      on: {
        'answer.card': 'card-response-rejected',
        'answer.app': 'cr-system',
        'answer.sms': 'sms-code-rejected',
        'answer.temporary': 'temporary-typing',
      },
    },
    'card-response-rejected': {
      meta: { kind: 'outcome', embed: { type: 'article', id: '2634' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'card-problems' },
    },
    'sms-code-rejected': {
      meta: { kind: 'outcome' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'temporary-typing': {
      meta: { kind: 'outcome', embed: { type: 'article', id: '70' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'temporary-stopped' },
    },

    'nothing-arrives': {
      meta: { kind: 'question' },
      on: { 'answer.notification': 'phone-online', 'answer.sms': 'sms-handoff' },
    },

    // (6) Temporary code expired, (7) online card expired, (9) temporary code good for Client Portal only.
    'temporary-stopped': {
      meta: { kind: 'question' },
      on: {
        'answer.expired': 'temporary-expired',
        'answer.portalOnly': 'temporary-portal-only',
        'answer.onlineCardExpired': 'online-card-expired',
        'answer.neverAccepted': 'temporary-typing',
      },
    },
    'temporary-expired': {
      type: 'final',
      meta: { kind: 'end', outcome: 'escalate', embed: { type: 'article', id: '70' } },
    },
    'temporary-portal-only': {
      meta: { kind: 'outcome', embed: { type: 'article', id: '70' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'online-card-expired': {
      type: 'final',
      meta: { kind: 'end', outcome: 'escalate', embed: { type: 'article', id: '70' } },
    },

    // (8) Waiting for a Digital Security Card+, (10) activating one that has arrived.
    'new-card': {
      meta: { kind: 'question' },
      on: { 'answer.waiting': 'card-waiting', 'answer.arrived': 'card-activate' },
    },
    'card-waiting': {
      meta: { kind: 'outcome', embed: { type: 'article', id: '1943' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'temporary-access' },
    },
    'card-activate': {
      meta: { kind: 'outcome', embed: { type: 'article', id: '1943' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'card-problems' },
    },

    // Something else: which two-factor method the reader uses, then that method's login step by step.
    method: {
      meta: { kind: 'question' },
      on: {
        'answer.card': 'card-credentials',
        'answer.notification': 'notification-arrived',
        'answer.sms': 'sms-handoff',
        'answer.unsure': 'identify-method',
      },
    },
    'identify-method': {
      meta: { kind: 'question', embed: { type: 'article', id: '1131' } },
      on: {
        'answer.card': 'card-credentials',
        'answer.notification': 'notification-arrived',
        'answer.sms': 'sms-handoff',
        'answer.stillUnsure': 'contact-support',
      },
    },

    ...securityCardStates,
    ...ibkrMobileStates,

    'sms-handoff': {
      type: 'final',
      meta: { kind: 'end', outcome: 'handoff', embed: { type: 'wizard', id: 'sms-code' } },
    },
    ...commonEndStates,
  },
});

export const troubleshooter = defineTroubleshooter({ order: 10, machine });
