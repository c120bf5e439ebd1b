// The "My SMS code doesn't arrive" troubleshooter, in the order of IBKR's article on SMS codes that do not arrive: IB Key
// as the lasting fix, a restart, voice callback (the link wording depends on the platform; straight there for a reader
// who must log in now), roaming (a temporary code when it persists), then carrier blocking by country.
import { setup } from 'xstate';
import type { WizardEvent, WizardStateMeta } from '../wizard-types.ts';
import { activateIbKeyMeta, commonEndStates, temporaryAccessEnd } from '../common-ends.ts';
import { defineTroubleshooter } from '../troubleshooter.ts';

type SmsCodeOption =
  | 'now'
  | 'switch'
  | 'keepSms'
  | 'tws'
  | 'clientPortal'
  | 'ios'
  | 'android'
  | 'elsewhere'
  | 'linkClientPortal'
  | 'linkTws'
  | 'linkIos'
  | 'linkAndroid'
  | 'none'
  | 'yes'
  | 'no'
  | 'us'
  | 'india'
  | 'china';

type SmsCodeEvent = WizardEvent<SmsCodeOption>;

export const machine = setup({
  types: { events: {} as SmsCodeEvent, meta: {} as WizardStateMeta },
}).createMachine({
  id: 'sms-code',
  initial: 'ib-key-recommended',
  states: {
    'ib-key-recommended': {
      meta: {
        kind: 'question',
        embed: { type: 'article', id: 'sms-code-not-arriving' },
      },
      on: { 'answer.now': 'voice-platform', 'answer.keepSms': 'restart-phone', 'answer.switch': 'activate-ib-key' },
    },
    'activate-ib-key': {
      meta: { ...activateIbKeyMeta, embed: { type: 'article', id: '1131' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'restart-phone' },
    },
    'restart-phone': {
      // The SMS article's own checks (signal, roaming) back this up; it also gives that article a way back here.
      meta: { kind: 'outcome', embed: { type: 'article', id: '3196' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'voice-platform' },
    },

    // Voice callback: each platform names the link differently (IBKR article 3396); WebTrader's wording is not known,
    // so "elsewhere" asks which of the known wordings the reader sees.
    'voice-platform': {
      meta: {
        kind: 'question',
        picker: 'platform',
        embed: { type: 'article', id: '3396' },
      },
      on: {
        'answer.tws': 'voice-tws',
        'answer.clientPortal': 'voice-client-portal',
        'answer.ios': 'voice-ios',
        'answer.android': 'voice-android',
        'answer.elsewhere': 'voice-link',
      },
    },
    'voice-link': {
      meta: { kind: 'question' },
      on: {
        'answer.linkClientPortal': 'voice-client-portal',
        'answer.linkTws': 'voice-tws',
        'answer.linkIos': 'voice-ios',
        'answer.linkAndroid': 'voice-android',
        'answer.none': 'roaming',
      },
    },
    'voice-tws': {
      meta: { kind: 'outcome', embed: { type: 'article', id: '3396' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'tws-version' },
    },
    // Voice callback in TWS exists only in its LATEST and BETA versions.
    'tws-version': {
      meta: { kind: 'outcome' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'roaming' },
    },
    'voice-client-portal': {
      meta: { kind: 'outcome', embed: { type: 'article', id: '3396' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'roaming' },
    },
    'voice-ios': {
      meta: { kind: 'outcome', embed: { type: 'article', id: '3396' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'roaming' },
    },
    'voice-android': {
      meta: { kind: 'outcome', embed: { type: 'article', id: '3396' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'roaming' },
    },

    roaming: {
      meta: { kind: 'question' },
      on: { 'answer.yes': 'roaming-advice', 'answer.no': 'carrier-country' },
    },
    // A traveller's carrier is not the question: a reader still abroad needs a way in now.
    'roaming-advice': {
      meta: { kind: 'outcome', embed: { type: 'article', id: 'before-you-travel' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'temporary-access' },
    },
    'temporary-access': temporaryAccessEnd,

    // Carrier filtering: IBKR's own contact list was lost; what is said per country is general public knowledge.
    'carrier-country': {
      meta: { kind: 'question' },
      on: {
        'answer.us': 'carrier-us',
        'answer.india': 'carrier-india',
        'answer.china': 'carrier-china',
        'answer.elsewhere': 'carrier-other',
      },
    },
    'carrier-us': {
      meta: { kind: 'outcome' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'carrier-india': {
      meta: { kind: 'outcome' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'carrier-china': {
      meta: { kind: 'outcome' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'carrier-other': {
      meta: { kind: 'outcome' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },

    ...commonEndStates,
  },
});

export const troubleshooter = defineTroubleshooter({ order: 20, machine });
