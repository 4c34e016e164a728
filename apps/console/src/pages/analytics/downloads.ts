import type { DossierClient } from '#api-client';
import { unwrap } from '../../shell/problem.js';
import { saveFile } from '../../shell/save-file.js';

export type FileFormat = 'csv' | 'xlsx';

/** The name the API gave its file (Content-Disposition), or `fallback`. */
function filenameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const encoded = match?.[1];
  return encoded ? decodeURIComponent(encoded) : (match?.[2] ?? fallback);
}

/** An API answer fetched as a file (`parseAs: 'blob'`, with the signed-in client's bearer token). */
type FileRequest = (api: DossierClient) => Promise<{ data?: Blob; error?: unknown; response: Response }>;

/** Downloads the file the API serves, under the API's own filename; a refusal is thrown as an ApiProblem. */
export async function downloadFromApi(api: DossierClient, request: FileRequest, fallback: string): Promise<void> {
  const result = await request(api);
  const blob = unwrap(result);
  saveFile(blob, filenameOf(result.response, fallback));
}
