// The published schemas are checked with ajv, a validator integrators use, so a keyword we get wrong fails here too.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { JsonSchema } from '../schemas/json-schema.js';

export interface SchemaViolation {
  /** Where, as `$.field.nested`. */
  path: string;
  message: string;
}

const ajv = new Ajv2020({ allErrors: true, strict: true })
  // ajv leaves formats to the ajv-formats package; these are the two the schemas use, as RFC 3339 and RFC 4122 define them.
  .addFormat('date-time', (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)))
  .addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

function pathOf(error: ErrorObject): string {
  const at = `$${error.instancePath.replaceAll('/', '.')}`;
  if (error.keyword === 'required') return `${at}.${(error.params as { missingProperty: string }).missingProperty}`;
  if (error.keyword === 'additionalProperties') return `${at}.${(error.params as { additionalProperty: string }).additionalProperty}`;
  return at;
}

/** Every way `value`, as it goes over the wire (JSON), breaks `schema`; empty when it conforms. */
export function schemaViolations(schema: JsonSchema, value: unknown): SchemaViolation[] {
  const validate = ajv.compile(schema);
  if (validate(JSON.parse(JSON.stringify(value)))) return [];
  return (validate.errors ?? []).map((error) => ({ path: pathOf(error), message: error.message ?? error.keyword }));
}
