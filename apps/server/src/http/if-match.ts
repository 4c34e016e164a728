import { BadRequestException } from '@nestjs/common';

/** `If-Match: 3` or `If-Match: "3"` (an ETag) → 3; absent → undefined. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header === '') return undefined;
  const match = /^(?:W\/)?"?(-?\d+)"?$/.exec(header.trim());
  if (!match) throw new BadRequestException('If-Match must be a revision number');
  return Number(match[1]);
}
