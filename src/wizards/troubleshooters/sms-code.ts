// The "My SMS code doesn't arrive" troubleshooter, in the order of IBKR's article on SMS codes that do not arrive: IB Key as the lasting fix, a restart,
// voice callback (the link wording depends on the platform), roaming, then carrier blocking by country.
import { setup } from 'xstate';
import type { WizardEvent, WizardStateMeta } from '../wizard-types.ts';
import { commonEndStates } from '../common-ends.ts';
import { defineTroubleshooter } from '../troubleshooter.ts';

type SmsCodeOption =
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
        text: 'smsCode.ibKeyRecommended',
        embed: { type: 'article', id: 'sms-code-not-arriving' },
      },
      on: { 'answer.switch': 'activate-ib-key', 'answer.keepSms': 'restart-phone' },
    },
    'activate-ib-key': {
      meta: { kind: 'outcome', text: 'smsCode.activateIbKey', embed: { type: 'article', id: '1131' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'restart-phone' },
    },
    'restart-phone': {
      // The SMS article's own checks (signal, roaming) back this up; it also gives that article a way back here.
      meta: { kind: 'outcome', text: 'smsCode.restartPhone', embed: { type: 'article', id: '3196' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'voice-platform' },
    },

    // Voice callback: each platform names the link differently (IBKR article 3396); WebTrader's wording is not known,
    // so "elsewhere" asks which of the known wordings the reader sees.
    'voice-platform': {
      meta: {
        kind: 'question',
        text: 'smsCode.voicePlatform',
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
      meta: { kind: 'question', text: 'smsCode.voiceLink' },
      on: {
        'answer.linkClientPortal': 'voice-client-portal',
        'answer.linkTws': 'voice-tws',
        'answer.linkIos': 'voice-ios',
        'answer.linkAndroid': 'voice-android',
        'answer.none': 'roaming',
      },
    },
    'voice-tws': {
      meta: { kind: 'outcome', text: 'smsCode.voiceTws', embed: { type: 'article', id: '3396' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'roaming' },
    },
    'voice-client-portal': {
      meta: { kind: 'outcome', text: 'smsCode.voiceClientPortal', embed: { type: 'article', id: '3396' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'roaming' },
    },
    'voice-ios': {
      meta: { kind: 'outcome', text: 'smsCode.voiceIos', embed: { type: 'article', id: '3396' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'roaming' },
    },
    'voice-android': {
      meta: { kind: 'outcome', text: 'smsCode.voiceAndroid', embed: { type: 'article', id: '3396' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'roaming' },
    },

    roaming: {
      meta: { kind: 'question', text: 'smsCode.roaming' },
      on: { 'answer.yes': 'roaming-advice', 'answer.no': 'carrier-country' },
    },
    'roaming-advice': {
      meta: { kind: 'outcome', text: 'smsCode.roamingAdvice', embed: { type: 'article', id: 'before-you-travel' } },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'carrier-country' },
    },

    // Carrier filtering: IBKR's own contact list was lost; what is said per country is general public knowledge.
    'carrier-country': {
      meta: { kind: 'question', text: 'smsCode.carrierCountry' },
      on: {
        'answer.us': 'carrier-us',
        'answer.india': 'carrier-india',
        'answer.china': 'carrier-china',
        'answer.elsewhere': 'carrier-other',
      },
    },
    'carrier-us': {
      meta: { kind: 'outcome', text: 'smsCode.carrierUs' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'carrier-india': {
      meta: { kind: 'outcome', text: 'smsCode.carrierIndia' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'carrier-china': {
      meta: { kind: 'outcome', text: 'smsCode.carrierChina' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },
    'carrier-other': {
      meta: { kind: 'outcome', text: 'smsCode.carrierOther' },
      on: { 'outcome.yes': 'solved', 'outcome.no': 'contact-support' },
    },

    ...commonEndStates,
  },
});

export const troubleshooter = defineTroubleshooter({ order: 20, machine });
