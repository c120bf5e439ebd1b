// A machine code added without its string fails the build: here the login machine gains an error code that no
// locale file has, and collecting the practice strings stops with that key named.
import { toLocale } from '../../../src/i18n/locales.ts';
import { describe, it, expect, vi } from 'vitest';
import { practiceStrings } from '../../../src/components/practice-strings.ts';

vi.mock('../../../src/machines/login-form.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/machines/login-form.ts')>();
  return { ...original, LOGIN_ERROR_CODES: [...original.LOGIN_ERROR_CODES, 'responseTooLate'] };
});

describe('practiceStrings with a login error code that has no string', () => {
  it('throws naming the missing key', () => {
    expect(() => practiceStrings(toLocale('en'))).toThrow('Missing string "simulator:login.errors.responseTooLate"');
    expect(() => practiceStrings(toLocale('it'))).toThrow('Missing string "simulator:login.errors.responseTooLate"');
  });
});
