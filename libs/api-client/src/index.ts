import createClient, { type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

// The typed client of the Dossier API: paths, bodies and answers come from the OpenAPI document, so a call
// the server would not understand does not compile. No Node APIs: it runs in a browser as well (fetch).

/**
 * The document's schemas by name: `ApiSchemas['CustomerDetailResponseDto']`, `ApiSchemas['FeedItem']`.
 * @public for the browser console, which does not use it yet
 */
export type ApiSchemas = components['schemas'];

/** JSON answers and problem+json errors; CSV, XLSX and PDF alternatives are files, fetched with `parseAs: 'blob'`. */
type JsonMedia = 'application/json' | 'application/problem+json';

export type DossierClient = ReturnType<typeof createClient<paths, JsonMedia>>;

/** A client of the API at `baseUrl` (e.g. `http://localhost:3000`); pass `headers` for the bearer token. */
export function createDossierClient(baseUrl: string, options: Omit<ClientOptions, 'baseUrl'> = {}): DossierClient {
  return createClient<paths, JsonMedia>({ baseUrl, ...options });
}
