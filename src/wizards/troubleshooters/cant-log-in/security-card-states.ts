// "I can't log in", the security card: the five steps of IBKR article 2634, one state each, with one practice card
// alongside all five, and what to check when the login still fails. A part of cant-log-in.ts, kept in its own file for
// length; the states are spread into that machine, and the tests walk them there.
import type { WizardStatesPart } from '../../wizard-types.ts';
import type { CantLogInEvent } from './events.ts';

export const securityCardStates = {
  'card-credentials': {
    meta: { kind: 'step', practice: true },
    on: { 'step.done': 'card-pin', 'step.failed': 'credentials-rejected' },
  },
  'card-pin': {
    meta: { kind: 'step', practice: true },
    on: { 'step.done': 'card-challenge', 'step.failed': 'card-problems' },
  },
  'card-challenge': {
    meta: { kind: 'step', practice: true },
    on: { 'step.done': 'card-read-response', 'step.failed': 'card-problems' },
  },
  'card-read-response': {
    meta: { kind: 'step', practice: true },
    on: { 'step.done': 'card-enter-response', 'step.failed': 'card-problems' },
  },
  'card-enter-response': {
    meta: {
      kind: 'outcome',
      embed: { type: 'article', id: '2634' },
      practice: true,
    },
    on: { 'outcome.yes': 'solved', 'outcome.no': 'card-login-failed' },
  },
  'card-login-failed': {
    meta: { kind: 'question' },
    on: {
      'answer.expired': 'card-expired',
      'answer.responseRejected': 'card-response-rejected',
      'answer.cardProblem': 'card-problems',
      'answer.other': 'contact-support',
    },
  },
  'card-expired': {
    meta: { kind: 'step' },
    on: { 'step.done': 'card-credentials', 'step.failed': 'contact-support' },
  },
  'card-problems': {
    meta: { kind: 'question' },
    on: {
      'answer.buttons': 'card-buttons',
      'answer.display': 'card-older-model',
      'answer.forgotPin': 'card-forgot-pin',
      'answer.lostOrBroken': 'card-lost',
      'answer.other': 'contact-support',
    },
  },
  'card-buttons': {
    meta: { kind: 'outcome' },
    on: { 'outcome.yes': 'solved', 'outcome.no': 'card-lost' },
  },
  'card-older-model': {
    meta: { kind: 'outcome' },
    on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
  },
  'card-forgot-pin': {
    type: 'final',
    meta: { kind: 'end', outcome: 'escalate', embed: { type: 'article', id: '1943' } },
  },
} as const satisfies WizardStatesPart<CantLogInEvent>;
