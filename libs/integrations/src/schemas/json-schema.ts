/** The subset of JSON Schema (draft 2020-12) the published schemas use. */
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
  minItems?: number;
  uniqueItems?: boolean;
  anyOf?: readonly JsonSchema[];
  enum?: readonly unknown[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: 'date-time' | 'uuid';
  minimum?: number;
  maximum?: number;
}
