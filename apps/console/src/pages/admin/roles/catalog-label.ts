import type { ApiSchemas } from '#api-client';
import type { Locale } from '../../../shell/i18n.js';

/** The catalogue's own label (GET /v1/permissions carries English and Chinese) in the console's language. */
export function catalogLabel(entry: ApiSchemas['CatalogEntryDto'], locale: Locale): string {
  return locale === 'en' ? entry.label.en : entry.label['zh-CN'];
}
