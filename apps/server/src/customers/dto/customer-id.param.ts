import { ParseUUIDPipe } from '@nestjs/common';

/** `:id` must be a UUID; anything else is a 400 naming the parameter. */
export const customerIdPipe = new ParseUUIDPipe({ version: '4' });
