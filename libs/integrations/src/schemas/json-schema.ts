/** The subset of JSON Schema (draft 2020-12) the event schemas use, and that validateJsonSchema checks. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'string' | 'integer' | 'number' | 'array' | 'boolean' | 'null';
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean;
  minProperties?: number;
  items?: JsonSchema;
  enum?: readonly unknown[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: 'date-time' | 'uuid';
  minimum?: number;
}

export interface SchemaViolation {
  path: string;
  message: string;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A small validator for the keywords above; enough to prove real events match their published schema. */
export function validateJsonSchema(schema: JsonSchema, value: unknown, path = '$'): SchemaViolation[] {
  const actual = typeOf(value);
  if (schema.type && !(actual === schema.type || (schema.type === 'number' && actual === 'integer'))) {
    return [{ path, message: `expected ${schema.type}, got ${actual}` }];
  }
  const violations: SchemaViolation[] = [];
  const fail = (message: string) => violations.push({ path, message });
  if (schema.enum && !schema.enum.includes(value)) fail(`must be one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) fail(`shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) fail(`longer than ${schema.maxLength}`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
    if (schema.format === 'date-time' && (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))) fail('not a date-time');
    if (schema.format === 'uuid' && !UUID.test(value)) fail('not a uuid');
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) fail(`below ${schema.minimum}`);
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => violations.push(...validateJsonSchema(schema.items as JsonSchema, item, `${path}[${index}]`)));
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object).filter((key) => object[key] !== undefined);
    if (schema.minProperties !== undefined && keys.length < schema.minProperties) fail(`needs at least ${schema.minProperties} properties`);
    for (const key of schema.required ?? []) if (!keys.includes(key)) violations.push({ path: `${path}.${key}`, message: 'is required' });
    for (const key of keys) {
      const property = schema.properties?.[key];
      if (property) violations.push(...validateJsonSchema(property, object[key], `${path}.${key}`));
      else if (schema.additionalProperties === false) violations.push({ path: `${path}.${key}`, message: 'is not allowed' });
    }
  }
  return violations;
}
