// OATH OCRA (RFC 6287) suites: what a suite string says (section 6), the check of a challenge against it, and the
// error every OCRA function throws. Pure and synchronous; the computation itself is in ocra.ts.

export type OcraHash = 'SHA1' | 'SHA256' | 'SHA512';
export type OcraQuestionFormat = 'N' | 'A' | 'H';
export type OcraTimeUnit = 'S' | 'M' | 'H';

export interface OcraTimeStep {
  /** The number in the suite, e.g. 1 for T1M. */
  readonly count: number;
  readonly unit: OcraTimeUnit;
  /** Length of one time step in seconds (T1M -> 60). */
  readonly seconds: number;
}

export interface OcraSuite {
  /** The suite string exactly as given; its bytes are part of the HMAC input. */
  readonly suite: string;
  /** HMAC hash of the CryptoFunction (HOTP-SHA1 -> 'SHA1'). */
  readonly hash: OcraHash;
  /** Response length in decimal digits; 0 means no truncation (full HMAC in hex). */
  readonly digits: number;
  /** True when the suite has C (a counter is required). */
  readonly counter: boolean;
  readonly questionFormat: OcraQuestionFormat;
  /** Shortest challenge accepted by `ocra` (equals questionMaxLength for QN). */
  readonly questionMinLength: number;
  /** The suite's nn: longest challenge accepted. */
  readonly questionMaxLength: number;
  /** Hash of the PIN (P), or null when the suite has no PIN. */
  readonly pinHash: OcraHash | null;
  /** Session information length in bytes (Snnn), or null when the suite has no S. */
  readonly sessionLength: number | null;
  /** Time step (T), or null when the suite has no timestamp. */
  readonly timeStep: OcraTimeStep | null;
}

/** Machine-readable reason, so pages can map failures to their own locale keys. */
export type OcraErrorCode =
  | 'suite.invalid'
  | 'key.invalid'
  | 'question.invalid'
  | 'question.length'
  | 'counter.missing'
  | 'counter.invalid'
  | 'counter.unexpected'
  | 'pin.missing'
  | 'pin.invalid'
  | 'pin.unexpected'
  | 'session.missing'
  | 'session.invalid'
  | 'session.unexpected'
  | 'timestamp.missing'
  | 'timestamp.invalid'
  | 'timestamp.unexpected';

export class OcraError extends Error {
  readonly code: OcraErrorCode;

  constructor(code: OcraErrorCode, message: string) {
    super(message);
    this.name = 'OcraError';
    this.code = code;
  }
}

// RFC 6287 section 6.3: T[1-59]S, T[1-59]M, T[0-48]H (0 hours would be a zero-length step, so 1-48).
const TIME_UNITS: Record<OcraTimeUnit, { seconds: number; max: number }> = {
  S: { seconds: 1, max: 59 },
  M: { seconds: 60, max: 59 },
  H: { seconds: 3600, max: 48 },
};
const MIN_QUESTION_LENGTH = 4;

const SUITE_PATTERN =
  /^OCRA-1:HOTP-(SHA1|SHA256|SHA512)-(0|[4-9]|10):(C-)?Q([NAH])(\d\d)(?:-P(SHA1|SHA256|SHA512))?(?:-S(\d{3}))?(?:-T(\d{1,2})([SMH]))?$/;

function isHash(value: string | undefined): value is OcraHash {
  return value === 'SHA1' || value === 'SHA256' || value === 'SHA512';
}

function isQuestionFormat(value: string | undefined): value is OcraQuestionFormat {
  return value === 'N' || value === 'A' || value === 'H';
}

function isTimeUnit(value: string | undefined): value is OcraTimeUnit {
  return value === 'S' || value === 'M' || value === 'H';
}

/** Parses an OCRA suite string (RFC 6287 section 6); throws OcraError('suite.invalid') for anything else. */
export function parseOcraSuite(suite: string): OcraSuite {
  const match = SUITE_PATTERN.exec(suite);
  const bad = (why: string): OcraError => new OcraError('suite.invalid', `Invalid OCRA suite "${suite}": ${why}`);
  if (!match) {
    throw bad(
      'expected OCRA-1:HOTP-SHA{1,256,512}-{0|4..10}:[C-]Q{N,A,H}{04..64}[-P{SHA1,SHA256,SHA512}][-Snnn][-T{n}{S,M,H}]',
    );
  }
  const [, hash, digitsText, counterPart, format, lengthText, pinHash, sessionText, stepText, unit] = match;
  if (!isHash(hash) || !isQuestionFormat(format)) throw bad('unknown hash or question format');

  const questionMaxLength = Number(lengthText);
  if (questionMaxLength < MIN_QUESTION_LENGTH || questionMaxLength > 64) {
    throw bad(`question length must be 04..64, got ${lengthText}`);
  }

  let sessionLength: number | null = null;
  if (sessionText !== undefined) {
    sessionLength = Number(sessionText);
    if (sessionLength === 0) throw bad('session length must be at least 1 byte');
  }

  let timeStep: OcraTimeStep | null = null;
  if (stepText !== undefined) {
    if (!isTimeUnit(unit)) throw bad('unknown time step unit');
    const count = Number(stepText);
    const { seconds, max } = TIME_UNITS[unit];
    if (count < 1 || count > max) throw bad(`time step T${stepText}${unit} must be 1..${max}${unit}`);
    timeStep = { count, unit, seconds: count * seconds };
  }

  return {
    suite,
    hash,
    digits: Number(digitsText),
    counter: counterPart !== undefined,
    questionFormat: format,
    questionMinLength: format === 'N' ? questionMaxLength : MIN_QUESTION_LENGTH,
    questionMaxLength,
    pinHash: isHash(pinHash) ? pinHash : null,
    sessionLength,
    timeStep,
  };
}

/** Hexadecimal digits only (QH challenges, keys, PIN hashes, session information). */
export const HEX_PATTERN = /^[0-9a-fA-F]*$/;

/** Checks one typed challenge against the suite's format and length limits. */
export function checkOcraQuestion(parsed: OcraSuite, question: string): void {
  const { questionFormat: format, questionMinLength: min, questionMaxLength: max } = parsed;
  const pattern = format === 'N' ? /^[0-9]*$/ : format === 'H' ? HEX_PATTERN : /^[\x21-\x7e]*$/;
  if (!pattern.test(question)) {
    const expected =
      format === 'N' ? 'decimal digits only' : format === 'H' ? 'hex digits only' : 'printable ASCII without spaces';
    throw new OcraError('question.invalid', `Invalid OCRA question for Q${format}: expected ${expected}`);
  }
  if (question.length < min || question.length > max) {
    const allowed = min === max ? `exactly ${max}` : `${min} to ${max}`;
    throw new OcraError(
      'question.length',
      `Invalid OCRA question length ${question.length} for Q${format}${String(max).padStart(2, '0')}: expected ${allowed} characters`,
    );
  }
}
