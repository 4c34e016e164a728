import { randomBytes } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
/** zxcvbn's 0–4 scale: 3 is "safely unguessable" (about 10^8 guesses and more), what its authors advise for accounts. */
const MIN_PASSWORD_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

/** What the user is known by: a password made of it is guessed first. */
export type PasswordUserInputs = readonly (string | undefined)[];

/** Why the password is refused, or undefined when it is strong enough. */
export function passwordWeakness(password: string, userInputs: PasswordUserInputs = []): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const inputs = userInputs.flatMap((input) => (input ? [input, ...input.split(/[@._-]/).filter((part) => part.length >= 3)] : []));
  const result = zxcvbn.check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return undefined;
  const why = result.feedback.warning ?? 'it is too easy to guess';
  return `is too weak: ${why.replace(/\.$/, '')}${result.feedback.suggestions.length ? ` (${result.feedback.suggestions.join(' ')})` : ''}`;
}

/** A random password to hand over once (bootstrap, reset, import): 18 random bytes, far above the policy. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
