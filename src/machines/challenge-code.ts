// The practice login screen's challenge: a uniform random 6-digit code from the platform's CSPRNG (browser and Node
// alike). Tests replace the machine action that calls it, so their challenges are known.
import { CHALLENGE_LENGTH } from './code-lengths.ts';

const CHALLENGE_RANGE = 10 ** CHALLENGE_LENGTH;
const UNBIASED_LIMIT = Math.floor(2 ** 32 / CHALLENGE_RANGE) * CHALLENGE_RANGE;

/** A fresh challenge code of CHALLENGE_LENGTH digits, leading zeros kept. */
export function randomChallenge(): string {
  const word = new Uint32Array(1);
  let value = UNBIASED_LIMIT;
  // Redraw the few values above the last whole multiple of the range, so every challenge is equally likely.
  while (value >= UNBIASED_LIMIT) value = globalThis.crypto.getRandomValues(word)[0] ?? UNBIASED_LIMIT;
  return String(value % CHALLENGE_RANGE).padStart(CHALLENGE_LENGTH, '0');
}
