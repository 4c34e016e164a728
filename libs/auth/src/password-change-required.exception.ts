import { ForbiddenException } from '@nestjs/common';

/** 403 with the problem code `password-change-required`: the user must first replace a generated password. */
export class PasswordChangeRequiredException extends ForbiddenException {
  static readonly code = 'password-change-required';

  constructor() {
    super({
      code: PasswordChangeRequiredException.code,
      message: 'The password must be changed first: POST /v1/auth/password, then log in again',
    });
  }
}
