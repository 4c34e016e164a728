import { BadRequestException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Deeper than any request body of the API; thousands of levels would exhaust class-transformer's recursion. */
const MAX_JSON_DEPTH = 32;

/** The deepest nesting of objects and arrays in a JSON text, scanned without parsing it (strings skipped). */
function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > max) return true;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return false;
}

/**
 * Fastify's own JSON parser (prototype-poisoning checks included), behind a depth check, so that a
 * deeply nested body is a 400 before class-transformer walks it. Registered through Nest, which
 * otherwise installs its own JSON parser at init.
 */
export function useDepthLimitedJsonParser(app: NestFastifyApplication): void {
  const parseJson = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', {}, (request, body, done) => {
    const text = body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(new BadRequestException(`JSON nesting deeper than ${MAX_JSON_DEPTH} levels`), undefined);
      return;
    }
    parseJson(request as Parameters<typeof parseJson>[0], text, done);
  });
}
