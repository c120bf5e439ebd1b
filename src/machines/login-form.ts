// What the practice login screen's forms accept, and the codes of their errors: the vocabulary of
// practiceLoginMachine, pure so the page and the tests use the same rules.
import { RESPONSE_LENGTH } from './code-lengths.ts';

/** The looks the practice screen can take; the field differs slightly per application (IBKR article 2634). */
export const LOGIN_LOOKS = ['tws', 'client-portal', 'webtrader'] as const;
export type LoginLook = (typeof LOGIN_LOOKS)[number];

export const isLoginLook = (value: string): value is LoginLook => (LOGIN_LOOKS as readonly string[]).includes(value);

/** Form errors; the page maps each code to a message next to its field. */
export const LOGIN_ERROR_CODES = [
  'userNameEmpty',
  'passwordEmpty',
  'responseFormat',
  'responseWrong',
  'tooManyWrongResponses',
  'checkFailed',
] as const;
export type LoginErrorCode = (typeof LOGIN_ERROR_CODES)[number];

/** The form errors for a user name and password; empty when both are filled in. */
export function credentialErrors(userName: string, password: string): LoginErrorCode[] {
  const errors: LoginErrorCode[] = [];
  if (userName.trim() === '') errors.push('userNameEmpty');
  if (password.trim() === '') errors.push('passwordEmpty');
  return errors;
}

const responsePattern = new RegExp(`^[0-9]{${RESPONSE_LENGTH}}$`);
/** True when a typed response has the right form: exactly 8 digits (surrounding spaces ignored). */
export const isResponseFormat = (response: string): boolean => responsePattern.test(response.trim());
