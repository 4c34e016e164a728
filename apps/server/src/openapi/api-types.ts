import type { OpenAPIObject } from '@nestjs/swagger';

/** Where the typed client's generated types live; `npm run api:types` rewrites it, a test checks it is current. */
export const API_TYPES_FILE = 'libs/api-client/src/schema.d.ts';

const HEADER = '// Generated from GET /docs/openapi.json by `npm run api:types` (openapi-typescript). Do not edit.\n';

/**
 * The TypeScript types of the document (openapi-typescript), formatted like the repository's sources.
 * The tools are loaded only when asked (they are dev dependencies; the server never needs them).
 */
export async function apiTypesSource(document: OpenAPIObject): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const prettier = await import('prettier');
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { silent: true });
  const options = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}
