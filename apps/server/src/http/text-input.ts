import { applyDecorators } from '@nestjs/common';
import { IsDefined, ValidateIf } from 'class-validator';

// Spaces and invisible format characters (zero-width space, joiners, BOM) at either end of a value.
const EDGES = /^[\p{White_Space}\p{Cf}]+|[\p{White_Space}\p{Cf}]+$/gu;

/** class-transformer `@Transform` callback: strips what cannot be seen from both ends of a string. */
export const trimText = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.replace(EDGES, '') : value);

/**
 * An optional field that may be left out but not sent as null (class-validator's `@IsOptional`
 * lets null through, which the decider would then store as a value).
 */
export function OptionalNotNull(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_object: object, value: unknown) => value !== undefined),
    IsDefined({ message: ({ property }) => `${property} must not be null` }),
  );
}

/** An optional field an update may clear by sending null: validated only when it carries a value. */
export function Clearable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null);
}
