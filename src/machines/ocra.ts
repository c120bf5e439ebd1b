// OATH OCRA (RFC 6287) challenge-response: the response computation for the practice security card (suites are parsed
// in ocra-suite.ts). Web Crypto only (globalThis.crypto.subtle), so the same module runs in the browser and in Node 24.
//
// Input encoding follows the RFC's reference implementation (Appendix A):
// - Q: always 128 bytes. QN: the decimal challenge is converted to a hexadecimal number, left-aligned and padded
//   on the right with zero nibbles (so "123456" -> 0x1E240 -> bytes 1E 24 00 ...). QA: the ASCII bytes of the text,
//   zero-padded. QH: the hex digits, left-aligned and zero-padded the same way (an odd count leaves half a byte).
// - C and T: 8-byte big-endian unsigned integers. `timestamp` is already counted in time steps (e.g. minutes for T1M).
// - P: the hash of the PIN with the suite's P algorithm (`pin` is hashed as UTF-8; `pinHash` is the hex digest).
// - S: `session` is a hex string of at most nnn bytes, left-padded with zero nibbles to exactly nnn bytes,
//   as the reference implementation does with its hex session-information argument.
//
// Choices where the RFC leaves room (documented here because the simulator relies on them):
// - Truncation 0 is supported: the response is the full HMAC as lowercase hex (RFC 6287 section 5.1).
// - QN challenges must have exactly nn digits. Shorter ones are refused because the decimal-to-number conversion
//   drops leading zeros ("012345" and "12345" would give the same response), so a dropped digit would go unnoticed.
//   QA and QH challenges may have 4..nn characters, as the RFC allows.
// - An input the suite does not use (e.g. a counter for a suite without C) is refused rather than ignored.
// - Mutual challenge-response (RFC section 7.3) is not implemented: the practice card never uses it.

import {
  HEX_PATTERN,
  OcraError,
  checkOcraQuestion,
  parseOcraSuite,
  type OcraHash,
  type OcraQuestionFormat,
  type OcraSuite,
} from './ocra-suite.ts';
import { bytesToHex, hexToBytes } from '../lib/hex.ts';

export interface OcraInput {
  /** The challenge as typed: decimal digits (QN), text (QA) or hex digits (QH). */
  question: string;
  counter?: number;
  /** Plain PIN, hashed with the suite's P hash. Give either pin or pinHash. */
  pin?: string;
  /** Hex digest of the PIN with the suite's P hash. */
  pinHash?: string;
  /** Session information as hex (at most the suite's nnn bytes). */
  session?: string;
  /** Timestamp in time steps of the suite's T (e.g. minutes since the epoch for T1M). */
  timestamp?: number;
}

const HASH_BYTES: Record<OcraHash, number> = { SHA1: 20, SHA256: 32, SHA512: 64 };
const WEB_CRYPTO_HASH: Record<OcraHash, string> = { SHA1: 'SHA-1', SHA256: 'SHA-256', SHA512: 'SHA-512' };
const QUESTION_BYTES = 128;

function parseKey(keyHex: string): Uint8Array<ArrayBuffer> {
  if (keyHex.length === 0) throw new OcraError('key.invalid', 'Invalid OCRA key: it is empty');
  if (!HEX_PATTERN.test(keyHex)) throw new OcraError('key.invalid', 'Invalid OCRA key: it must be hexadecimal');
  if (keyHex.length % 2 !== 0) {
    throw new OcraError('key.invalid', 'Invalid OCRA key: odd number of hex digits (not whole bytes)');
  }
  return hexToBytes(keyHex);
}

/** Encodes a checked challenge (or two concatenated ones) into the fixed 128-byte Q field. */
function encodeQuestion(format: OcraQuestionFormat, question: string): Uint8Array<ArrayBuffer> {
  const field = new Uint8Array(QUESTION_BYTES);
  if (format === 'A') {
    for (let i = 0; i < question.length; i += 1) field[i] = question.charCodeAt(i);
    return field;
  }
  // BigInt because a 64-digit decimal challenge does not fit a double.
  const hex = format === 'N' ? BigInt(question).toString(16) : question;
  field.set(hexToBytes(hex.padEnd(hex.length + (hex.length % 2), '0')));
  return field;
}

function uint64(value: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(value));
  return bytes;
}

function checkUnsigned(value: number, code: 'counter.invalid' | 'timestamp.invalid', name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new OcraError(code, `Invalid OCRA ${name}: expected a non-negative whole number, got ${value}`);
  }
}

async function pinField(parsed: OcraSuite, input: Omit<OcraInput, 'question'>): Promise<Uint8Array<ArrayBuffer>> {
  const { pin, pinHash } = input;
  if (parsed.pinHash === null) {
    if (pin !== undefined || pinHash !== undefined) {
      throw new OcraError('pin.unexpected', `OCRA suite ${parsed.suite} has no P: do not pass a PIN`);
    }
    return new Uint8Array(0);
  }
  if (pin !== undefined && pinHash !== undefined) {
    throw new OcraError('pin.invalid', 'Give either pin or pinHash, not both');
  }
  if (pinHash !== undefined) {
    const size = HASH_BYTES[parsed.pinHash];
    if (!HEX_PATTERN.test(pinHash) || pinHash.length !== size * 2) {
      throw new OcraError('pin.invalid', `Invalid PIN hash: expected ${size * 2} hex digits (${parsed.pinHash})`);
    }
    return hexToBytes(pinHash);
  }
  if (pin === undefined || pin === '') {
    throw new OcraError('pin.missing', `OCRA suite ${parsed.suite} has P${parsed.pinHash}: a PIN is required`);
  }
  const digest = await globalThis.crypto.subtle.digest(WEB_CRYPTO_HASH[parsed.pinHash], new TextEncoder().encode(pin));
  return new Uint8Array(digest);
}

function sessionField(parsed: OcraSuite, session: string | undefined): Uint8Array<ArrayBuffer> {
  if (parsed.sessionLength === null) {
    if (session !== undefined) {
      throw new OcraError('session.unexpected', `OCRA suite ${parsed.suite} has no S: do not pass session information`);
    }
    return new Uint8Array(0);
  }
  if (session === undefined) {
    throw new OcraError('session.missing', `OCRA suite ${parsed.suite} has S: session information is required`);
  }
  const size = parsed.sessionLength;
  if (!HEX_PATTERN.test(session) || session.length > size * 2) {
    throw new OcraError('session.invalid', `Invalid session information: expected at most ${size * 2} hex digits`);
  }
  return hexToBytes(session.padStart(size * 2, '0'));
}

function counterField(parsed: OcraSuite, counter: number | undefined): Uint8Array<ArrayBuffer> {
  if (!parsed.counter) {
    if (counter !== undefined) {
      throw new OcraError('counter.unexpected', `OCRA suite ${parsed.suite} has no C: do not pass a counter`);
    }
    return new Uint8Array(0);
  }
  if (counter === undefined) {
    throw new OcraError('counter.missing', `OCRA suite ${parsed.suite} has C: a counter is required`);
  }
  checkUnsigned(counter, 'counter.invalid', 'counter');
  return uint64(counter);
}

function timestampField(parsed: OcraSuite, timestamp: number | undefined): Uint8Array<ArrayBuffer> {
  if (parsed.timeStep === null) {
    if (timestamp !== undefined) {
      throw new OcraError('timestamp.unexpected', `OCRA suite ${parsed.suite} has no T: do not pass a timestamp`);
    }
    return new Uint8Array(0);
  }
  if (timestamp === undefined) {
    throw new OcraError('timestamp.missing', `OCRA suite ${parsed.suite} has T: a timestamp is required`);
  }
  checkUnsigned(timestamp, 'timestamp.invalid', 'timestamp');
  return uint64(timestamp);
}

/** Dynamic truncation of RFC 4226 section 5.3, or the full HMAC in hex for truncation 0. */
function truncate(mac: Uint8Array, digits: number): string {
  if (digits === 0) return bytesToHex(mac);
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary =
    ((mac[offset] ?? 0) & 0x7f) * 0x1000000 +
    ((mac[offset + 1] ?? 0) << 16) +
    ((mac[offset + 2] ?? 0) << 8) +
    (mac[offset + 3] ?? 0);
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The HMAC of the suite's DataInput (suite string, 0x00, then the fields in order), truncated to the response. */
async function respond(
  parsed: OcraSuite,
  key: Uint8Array<ArrayBuffer>,
  fields: readonly Uint8Array[],
): Promise<string> {
  const parts = [new TextEncoder().encode(parsed.suite), new Uint8Array(1), ...fields];
  const message = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    message.set(part, at);
    at += part.length;
  }
  const hmac = { name: 'HMAC', hash: WEB_CRYPTO_HASH[parsed.hash] };
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', key, hmac, false, ['sign']);
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, message));
  return truncate(mac, parsed.digits);
}

async function compute(
  parsed: OcraSuite,
  keyHex: string,
  question: string,
  input: Omit<OcraInput, 'question'>,
): Promise<string> {
  const key = parseKey(keyHex);
  // Order of checks follows the DataInput layout so the first problem reported is the first field in the suite.
  return respond(parsed, key, [
    counterField(parsed, input.counter),
    encodeQuestion(parsed.questionFormat, question),
    await pinField(parsed, input),
    sessionField(parsed, input.session),
    timestampField(parsed, input.timestamp),
  ]);
}

/** Computes the OCRA response for one challenge (one-way challenge-response or signature). */
export async function ocra(suite: string, keyHex: string, input: OcraInput): Promise<string> {
  const parsed = parseOcraSuite(suite);
  checkOcraQuestion(parsed, input.question);
  const { question, ...rest } = input;
  return compute(parsed, keyHex, question, rest);
}

/**
 * Computes the response of a suite whose only input is the challenge (no C, P, S or T), such as the practice card's
 * suite, without the code for the inputs it never takes (the page ships less); the same response as `ocra`.
 */
export async function ocraChallenge(suite: string, keyHex: string, question: string): Promise<string> {
  const parsed = parseOcraSuite(suite);
  if (parsed.counter || parsed.pinHash !== null || parsed.sessionLength !== null || parsed.timeStep !== null) {
    throw new OcraError('suite.invalid', `OCRA suite ${suite} takes more than a challenge: use ocra()`);
  }
  checkOcraQuestion(parsed, question);
  return respond(parsed, parseKey(keyHex), [encodeQuestion(parsed.questionFormat, question)]);
}
