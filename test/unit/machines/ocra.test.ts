// Tests for the OCRA implementation: every RFC 6287 Appendix C vector, the practice card's suite, and input errors.
import { describe, it, expect } from 'vitest';
import { ocra, ocraChallenge } from '../../../src/machines/ocra.ts';
import type { OcraInput } from '../../../src/machines/ocra.ts';
import { parseOcraSuite, OcraError, type OcraErrorCode } from '../../../src/machines/ocra-suite.ts';

// Standard keys of RFC 6287 Appendix C: the ASCII digits "1234567890..." repeated to 20, 32 and 64 bytes.
const KEY20 = '3132333435363738393031323334353637383930';
const KEY32 = KEY20 + '313233343536373839303132';
const KEY64 = KEY20 + KEY20 + KEY20 + '31323334';
// SHA-1 of the PIN "1234", as given in the RFC.
const PIN_HASH_1234 = '7110eda4d09e062aa5e4a390b0a572ac0d2c0220';
// "Mar 25 2008, 12:06:30 GMT" in minutes (T1M), the RFC's timestamp 0x132D0B6.
const TIMESTAMP_T1M = 0x132d0b6;

const repeated = (i: number): string => String(i).repeat(8);

async function expectOcraError(promise: Promise<string>, code: OcraErrorCode, message: RegExp): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OcraError);
  expect(error).toMatchObject({ name: 'OcraError', code });
  expect((error as OcraError).message).toMatch(message);
}

describe('RFC 6287 C.1 one-way challenge-response', () => {
  it('OCRA-1:HOTP-SHA1-6:QN08, 20-byte key', async () => {
    const expected = [
      '237653',
      '243178',
      '653583',
      '740991',
      '608993',
      '388898',
      '816933',
      '224598',
      '750600',
      '294470',
    ];
    for (const [i, response] of expected.entries()) {
      expect(await ocra('OCRA-1:HOTP-SHA1-6:QN08', KEY20, { question: repeated(i) })).toBe(response);
    }
  });

  it('OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1, 32-byte key, PIN 1234 (plain and as hash)', async () => {
    const expected = [
      '65347737',
      '86775851',
      '78192410',
      '71565254',
      '10104329',
      '65983500',
      '70069104',
      '91771096',
      '75011558',
      '08522129',
    ];
    for (const [counter, response] of expected.entries()) {
      const suite = 'OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1';
      expect(await ocra(suite, KEY32, { question: '12345678', counter, pinHash: PIN_HASH_1234 })).toBe(response);
      expect(await ocra(suite, KEY32, { question: '12345678', counter, pin: '1234' })).toBe(response);
    }
  });

  it('OCRA-1:HOTP-SHA256-8:QN08-PSHA1, 32-byte key, PIN 1234', async () => {
    const expected = ['83238735', '01501458', '17957585', '86776967', '86807031'];
    for (const [i, response] of expected.entries()) {
      const suite = 'OCRA-1:HOTP-SHA256-8:QN08-PSHA1';
      expect(await ocra(suite, KEY32, { question: repeated(i), pinHash: PIN_HASH_1234 })).toBe(response);
      expect(await ocra(suite, KEY32, { question: repeated(i), pin: '1234' })).toBe(response);
    }
  });

  it('OCRA-1:HOTP-SHA512-8:C-QN08, 64-byte key', async () => {
    const expected = [
      '07016083',
      '63947962',
      '70123924',
      '25341727',
      '33203315',
      '34205738',
      '44343969',
      '51946085',
      '20403879',
      '31409299',
    ];
    for (const [i, response] of expected.entries()) {
      expect(await ocra('OCRA-1:HOTP-SHA512-8:C-QN08', KEY64, { question: repeated(i), counter: i })).toBe(response);
    }
  });

  it('OCRA-1:HOTP-SHA512-8:QN08-T1M, 64-byte key, T = 132D0B6', async () => {
    const expected = ['95209754', '55907591', '22048402', '24218844', '36209546'];
    for (const [i, response] of expected.entries()) {
      const input = { question: repeated(i), timestamp: TIMESTAMP_T1M };
      expect(await ocra('OCRA-1:HOTP-SHA512-8:QN08-T1M', KEY64, input)).toBe(response);
    }
  });
});

describe('RFC 6287 C.3 plain signature', () => {
  it('OCRA-1:HOTP-SHA256-8:QA08, 32-byte key', async () => {
    const expected = ['53095496', '04110475', '31331128', '76028668', '46554205'];
    for (const [i, response] of expected.entries()) {
      expect(await ocra('OCRA-1:HOTP-SHA256-8:QA08', KEY32, { question: `SIG1${i}000` })).toBe(response);
    }
  });

  it('OCRA-1:HOTP-SHA512-8:QA10-T1M, 64-byte key, T = 132D0B6', async () => {
    const expected = ['77537423', '31970405', '10235557', '95213541', '65360607'];
    for (const [i, response] of expected.entries()) {
      const input = { question: `SIG1${i}00000`, timestamp: TIMESTAMP_T1M };
      expect(await ocra('OCRA-1:HOTP-SHA512-8:QA10-T1M', KEY64, input)).toBe(response);
    }
  });
});

describe("the practice card's suite OCRA-1:HOTP-SHA1-8:QN06", () => {
  const suite = 'OCRA-1:HOTP-SHA1-8:QN06';

  // Expected values computed independently (Python hmac) with the RFC reference encoding: 20-byte standard key,
  // Q = hex of the decimal challenge, left-aligned ("123456" -> 1E240 -> bytes 1E 24 00 ...), zero-padded to 128 bytes.
  it('gives fixed 8-digit responses for a fixed key', async () => {
    const cases: Array<[string, string]> = [
      ['123456', '94600444'],
      ['000000', '51043688'],
      ['999999', '46971012'],
      ['654321', '73028861'],
      ['000001', '91484813'],
    ];
    for (const [question, response] of cases) {
      const result = await ocra(suite, KEY20, { question });
      expect(result).toBe(response);
      expect(result).toMatch(/^\d{8}$/);
    }
  });

  it('is deterministic', async () => {
    const first = await ocra(suite, KEY20, { question: '314159' });
    expect(await ocra(suite, KEY20, { question: '314159' })).toBe(first);
  });

  it('refuses a 5-digit or 7-digit challenge (QN needs exactly nn digits)', async () => {
    await expectOcraError(ocra(suite, KEY20, { question: '12345' }), 'question.length', /length 5.*exactly 6/);
    await expectOcraError(ocra(suite, KEY20, { question: '1234567' }), 'question.length', /length 7.*exactly 6/);
  });

  it('parses into the description the simulator uses', () => {
    expect(parseOcraSuite(suite)).toEqual({
      suite,
      hash: 'SHA1',
      digits: 8,
      counter: false,
      questionFormat: 'N',
      questionMinLength: 6,
      questionMaxLength: 6,
      pinHash: null,
      sessionLength: null,
      timeStep: null,
    });
  });
});

describe('ocraChallenge: suites whose only input is the challenge', () => {
  it('gives the RFC 6287 C.1 responses for OCRA-1:HOTP-SHA1-6:QN08', async () => {
    const expected = [
      '237653',
      '243178',
      '653583',
      '740991',
      '608993',
      '388898',
      '816933',
      '224598',
      '750600',
      '294470',
    ];
    for (const [i, response] of expected.entries()) {
      expect(await ocraChallenge('OCRA-1:HOTP-SHA1-6:QN08', KEY20, repeated(i))).toBe(response);
    }
  });

  it("gives the same responses as ocra() for the practice card's suite and the RFC C.3 signature suite", async () => {
    for (const question of ['123456', '000000', '999999', '654321', '000001']) {
      const suite = 'OCRA-1:HOTP-SHA1-8:QN06';
      expect(await ocraChallenge(suite, KEY20, question)).toBe(await ocra(suite, KEY20, { question }));
    }
    const signature = 'SIG10000';
    expect(await ocraChallenge('OCRA-1:HOTP-SHA256-8:QA08', KEY32, signature)).toBe(
      await ocra('OCRA-1:HOTP-SHA256-8:QA08', KEY32, { question: signature }),
    );
  });

  it('refuses a suite that also takes a counter, a PIN, session information or a timestamp', async () => {
    for (const suite of [
      'OCRA-1:HOTP-SHA512-8:C-QN08',
      'OCRA-1:HOTP-SHA256-8:QN08-PSHA1',
      'OCRA-1:HOTP-SHA1-6:QN08-S064',
      'OCRA-1:HOTP-SHA512-8:QN08-T1M',
    ]) {
      await expectOcraError(ocraChallenge(suite, KEY64, '12345678'), 'suite.invalid', /takes more than a challenge/);
    }
  });

  it('checks the challenge and the key like ocra()', async () => {
    const suite = 'OCRA-1:HOTP-SHA1-8:QN06';
    await expectOcraError(ocraChallenge(suite, KEY20, '12345'), 'question.length', /length 5.*exactly 6/);
    await expectOcraError(ocraChallenge(suite, KEY20, '12345a'), 'question.invalid', /decimal digits only/);
    await expectOcraError(ocraChallenge(suite, 'xyz', '123456'), 'key.invalid', /hexadecimal/);
  });
});

describe('parseOcraSuite', () => {
  it('describes every optional part', () => {
    expect(parseOcraSuite('OCRA-1:HOTP-SHA512-10:C-QH64-PSHA256-S128-T30S')).toEqual({
      suite: 'OCRA-1:HOTP-SHA512-10:C-QH64-PSHA256-S128-T30S',
      hash: 'SHA512',
      digits: 10,
      counter: true,
      questionFormat: 'H',
      questionMinLength: 4,
      questionMaxLength: 64,
      pinHash: 'SHA256',
      sessionLength: 128,
      timeStep: { count: 30, unit: 'S', seconds: 30 },
    });
    expect(parseOcraSuite('OCRA-1:HOTP-SHA256-0:QA04-T48H').timeStep).toEqual({
      count: 48,
      unit: 'H',
      seconds: 172800,
    });
    expect(parseOcraSuite('OCRA-1:HOTP-SHA1-4:QN10-T1M').timeStep).toEqual({ count: 1, unit: 'M', seconds: 60 });
  });

  it.each([
    'this_is_not_a_suite',
    '',
    'OCRA-2:HOTP-SHA1-6:QN08',
    'OCRA-1:HOTP-SHA384-6:QN08',
    'OCRA-1:HOTP-SHA1-3:QN08',
    'OCRA-1:HOTP-SHA1-11:QN08',
    'OCRA-1:HOTP-SHA1-06:QN08',
    'OCRA-1:HOTP-SHA1-6:QN03',
    'OCRA-1:HOTP-SHA1-6:QN65',
    'OCRA-1:HOTP-SHA1-6:QN8',
    'OCRA-1:HOTP-SHA1-6:QX08',
    'OCRA-1:HOTP-SHA1-6:C',
    'OCRA-1:HOTP-SHA1-6:C-',
    'OCRA-1:HOTP-SHA1-6:QN08-PMD5',
    'OCRA-1:HOTP-SHA1-6:QN08-S64',
    'OCRA-1:HOTP-SHA1-6:QN08-S000',
    'OCRA-1:HOTP-SHA1-6:QN08-T',
    'OCRA-1:HOTP-SHA1-6:QN08-T0M',
    'OCRA-1:HOTP-SHA1-6:QN08-T60S',
    'OCRA-1:HOTP-SHA1-6:QN08-T49H',
    'OCRA-1:HOTP-SHA1-6:QN08-T1X',
    'OCRA-1:HOTP-SHA1-6:QN08-T1M-PSHA1',
    'ocra-1:hotp-sha1-6:qn08',
    ' OCRA-1:HOTP-SHA1-6:QN08',
  ])('rejects the suite %j', async (suite) => {
    expect(() => parseOcraSuite(suite)).toThrow(OcraError);
    expect(() => parseOcraSuite(suite)).toThrow(/Invalid OCRA suite/);
    await expectOcraError(ocra(suite, KEY20, { question: '12345678' }), 'suite.invalid', /Invalid OCRA suite/);
  });
});

describe('other suite features', () => {
  it('truncation 0 returns the full HMAC in lowercase hex', async () => {
    // Independent value (Python hmac): HMAC-SHA1(KEY20, suite || 00 || 00112233 zero-padded to 128 bytes).
    const result = await ocra('OCRA-1:HOTP-SHA1-0:QH08', KEY20, { question: '00112233' });
    expect(result).toBe('8e387f6046c6c477693a8ec09b6c1873144952de');
    expect((await ocra('OCRA-1:HOTP-SHA512-0:QH08', KEY64, { question: '00112233' })).length).toBe(128);
  });

  it('session information is hex, left-padded with zeros to nnn bytes', async () => {
    // Independent value (Python hmac): S = "abc" left-padded to 64 bytes.
    const suite = 'OCRA-1:HOTP-SHA1-6:QH08-S064';
    expect(await ocra(suite, KEY20, { question: 'a1b2c3d4', session: 'abc' })).toBe('631724');
    expect(await ocra(suite, KEY20, { question: 'A1B2C3D4', session: '0000ABC' })).toBe('631724');
  });

  it('QH and QA accept 4..nn characters; QH may have an odd number of digits', async () => {
    expect(await ocra('OCRA-1:HOTP-SHA1-6:QH08', KEY20, { question: 'abcd' })).toMatch(/^\d{6}$/);
    expect(await ocra('OCRA-1:HOTP-SHA1-6:QH08', KEY20, { question: 'abcde' })).toMatch(/^\d{6}$/);
    expect(await ocra('OCRA-1:HOTP-SHA1-6:QA08', KEY20, { question: 'SIG1' })).toMatch(/^\d{6}$/);
  });

  it('10-digit truncation pads the 31-bit value to 10 digits', async () => {
    expect(await ocra('OCRA-1:HOTP-SHA1-10:QN06', KEY20, { question: '123456' })).toMatch(/^\d{10}$/);
  });
});

describe('bad input', () => {
  const qn08 = 'OCRA-1:HOTP-SHA1-6:QN08';
  const q = { question: '12345678' };

  it.each([
    ['', /empty/],
    ['31323g', /hexadecimal/],
    ['313', /odd number/],
  ])('rejects the key %j', async (key, message) => {
    await expectOcraError(ocra(qn08, key, q), 'key.invalid', message);
  });

  it.each<[string, string, OcraErrorCode, RegExp]>([
    [qn08, '1234567a', 'question.invalid', /decimal digits only/],
    [qn08, '1234 678', 'question.invalid', /decimal digits only/],
    [qn08, '-1234567', 'question.invalid', /decimal digits only/],
    [qn08, '123', 'question.length', /length 3/],
    [qn08, '1234567', 'question.length', /length 7.*exactly 8/],
    [qn08, '123456789', 'question.length', /length 9/],
    ['OCRA-1:HOTP-SHA1-6:QH08', '12345g', 'question.invalid', /hex digits only/],
    ['OCRA-1:HOTP-SHA1-6:QH08', 'abc', 'question.length', /length 3.*4 to 8/],
    ['OCRA-1:HOTP-SHA1-6:QH08', '0123456789', 'question.length', /length 10.*4 to 8/],
    ['OCRA-1:HOTP-SHA1-6:QA08', 'SIG 1000', 'question.invalid', /printable ASCII/],
    ['OCRA-1:HOTP-SHA1-6:QA08', 'SIGé000', 'question.invalid', /printable ASCII/],
    ['OCRA-1:HOTP-SHA1-6:QA08', 'SIG', 'question.length', /length 3/],
    ['OCRA-1:HOTP-SHA1-6:QA08', 'SIG100000', 'question.length', /length 9/],
  ])('%s rejects the question %j', async (suite, question, code, message) => {
    await expectOcraError(ocra(suite, KEY20, { question }), code, message);
  });

  it.each<[string, OcraInput, OcraErrorCode, RegExp]>([
    ['OCRA-1:HOTP-SHA1-6:C-QN08', q, 'counter.missing', /counter is required/],
    ['OCRA-1:HOTP-SHA1-6:C-QN08', { ...q, counter: -1 }, 'counter.invalid', /non-negative whole number/],
    ['OCRA-1:HOTP-SHA1-6:C-QN08', { ...q, counter: 1.5 }, 'counter.invalid', /non-negative whole number/],
    [qn08, { ...q, counter: 0 }, 'counter.unexpected', /no C/],
    ['OCRA-1:HOTP-SHA1-6:QN08-PSHA1', q, 'pin.missing', /PIN is required/],
    ['OCRA-1:HOTP-SHA1-6:QN08-PSHA1', { ...q, pin: '' }, 'pin.missing', /PIN is required/],
    ['OCRA-1:HOTP-SHA1-6:QN08-PSHA1', { ...q, pinHash: 'abcd' }, 'pin.invalid', /40 hex digits/],
    ['OCRA-1:HOTP-SHA256-6:QN08-PSHA256', { ...q, pinHash: PIN_HASH_1234 }, 'pin.invalid', /64 hex digits/],
    ['OCRA-1:HOTP-SHA1-6:QN08-PSHA1', { ...q, pin: '1234', pinHash: PIN_HASH_1234 }, 'pin.invalid', /not both/],
    [qn08, { ...q, pin: '1234' }, 'pin.unexpected', /no P/],
    ['OCRA-1:HOTP-SHA1-6:QN08-S064', q, 'session.missing', /session information is required/],
    ['OCRA-1:HOTP-SHA1-6:QN08-S002', { ...q, session: 'abcde' }, 'session.invalid', /at most 4 hex digits/],
    ['OCRA-1:HOTP-SHA1-6:QN08-S064', { ...q, session: 'xyz' }, 'session.invalid', /hex digits/],
    [qn08, { ...q, session: 'ab' }, 'session.unexpected', /no S/],
    ['OCRA-1:HOTP-SHA1-6:QN08-T1M', q, 'timestamp.missing', /timestamp is required/],
    ['OCRA-1:HOTP-SHA1-6:QN08-T1M', { ...q, timestamp: Number.NaN }, 'timestamp.invalid', /non-negative whole number/],
    [qn08, { ...q, timestamp: 1 }, 'timestamp.unexpected', /no T/],
  ])('%s with %j', async (suite, input, code, message) => {
    await expectOcraError(ocra(suite, KEY20, input), code, message);
  });
});
