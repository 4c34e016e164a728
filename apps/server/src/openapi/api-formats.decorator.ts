import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/** The `?format=` alternatives to JSON and the content type each answers with. */
const FORMAT_CONTENT: Record<string, { type: string; schema: Record<string, string> }> = {
  csv: { type: 'text/csv', schema: { type: 'string', description: 'UTF-8 CSV, one row per item, a header row first' } },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    schema: { type: 'string', format: 'binary', description: 'An Excel workbook' },
  },
  pdf: { type: 'application/pdf', schema: { type: 'string', format: 'binary', description: 'An A4 PDF report' } },
};

/**
 * The 200 answer of a route that takes `?format=`: `type` as JSON (the default) and each listed format
 * as another content type of the same response.
 */
export function ApiFormats(type: Type<unknown>, formats: readonly (keyof typeof FORMAT_CONTENT)[], options: { description?: string; example?: unknown } = {}) {
  return applyDecorators(
    ApiExtraModels(type),
    ApiResponse({
      status: 200,
      description: options.description ?? `JSON by default; ${formats.map((f) => `?format=${f}`).join(', ')} for a file`,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) }, ...(options.example === undefined ? {} : { example: options.example }) },
        ...Object.fromEntries(formats.map((format) => [FORMAT_CONTENT[format].type, { schema: FORMAT_CONTENT[format].schema }])),
      },
    }),
  );
}
