// The practice card's secret: a random key made in the page with Web Crypto, held only in memory, and the OCRA
// computation the card and the login screen share, so a response is only right for that page's key.
import { ocraChallenge } from './ocra.ts';
import { bytesToHex } from '../lib/hex.ts';

/** The suite the issue fixes for the practice card: HMAC-SHA1, 8-digit responses, 6-digit numeric challenges. */
export const PRACTICE_SUITE = 'OCRA-1:HOTP-SHA1-8:QN06';
/** 20 bytes, the output size of SHA-1, as RFC 4226 recommends for HOTP keys (and as the RFC 6287 vectors use). */
export const PRACTICE_KEY_BYTES = 20;

/** A fresh random practice key as hex, from the platform's CSPRNG. Never stored anywhere. */
export function randomPracticeKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(PRACTICE_KEY_BYTES));
  return bytesToHex(bytes);
}

/** The response the practice card gives for a challenge under one key. */
export function practiceResponder(keyHex: string): (challenge: string) => Promise<string> {
  return (challenge) => ocraChallenge(PRACTICE_SUITE, keyHex, challenge);
}
