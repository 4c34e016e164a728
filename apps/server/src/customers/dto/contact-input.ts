import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isValidEmail, normalizeEmail, normalizePhone } from '#shared';

// Contact values are accepted as people type them (`138-1234-5679`, `+86 138 1234 5679`, ` Li@Example.com`)
// and normalised by the application before the decider; here only what no normalisation can read is refused.

export function IsPhoneAsTyped(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPhoneAsTyped',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && normalizePhone(value) !== undefined,
        defaultMessage: () => 'phone must be a mainland mobile (138 1234 5678, +86…) or an international number with its country code (+44 20 7946 0958)',
      },
    },
    options,
  );
}

export function IsEmailAsTyped(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmailAsTyped',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidEmail(normalizeEmail(value)),
        defaultMessage: () => 'email must be a valid address (phone or email is required)',
      },
    },
    options,
  );
}
