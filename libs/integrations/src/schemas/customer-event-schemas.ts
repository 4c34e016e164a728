import {
  CLEARABLE_PROFILE_PATHS,
  CUSTOMER_CODE_PATTERN,
  CUSTOMER_SOURCES,
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  ENTERPRISE_SIZES,
  FIELD_LIMITS,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_METHODS,
  FOLLOW_UP_OUTCOMES,
  FOLLOW_UP_RESULTS,
  REGION_PATTERN,
  SERVICE_CATEGORIES,
  TAG_PATTERN,
  TAG_SOURCES,
  type CustomerEventType,
} from '#domain';
import type { JsonSchema } from './json-schema.js';
import { MERGE_DATA_SCHEMAS_V1 } from './merge-event-schemas.js';

// The published contract of every customer event (GET /v1/events/schemas). Enumerations,
// patterns and length limits come from the domain, and the mapped type below makes the compiler refuse a
// CustomerEventType without a schema; a unit test validates events produced by `decide` against them.

const string = (extra: JsonSchema = {}): JsonSchema => ({ type: 'string', ...extra });
const dateTime = (description?: string): JsonSchema => string({ format: 'date-time', ...(description ? { description } : {}) });
const oneOf = (values: readonly string[]): JsonSchema => string({ enum: values });
const object = (properties: Record<string, JsonSchema>, required: readonly string[], extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
  ...extra,
});

const customerId = string({ format: 'uuid', description: 'The customer; its stream is customer-<customerId>' });
const personal = 'Personal data: masked (138****5678, z***@example.com) for integrators; "[erased]" after erasure';

const contact = object(
  {
    name: string({ maxLength: FIELD_LIMITS.contactName }),
    title: string({ maxLength: FIELD_LIMITS.contactTitle }),
    phone: string({ description: `Mainland mobile or E.164. ${personal}` }),
    email: string({ maxLength: FIELD_LIMITS.email, description: personal }),
  },
  [],
);

const profileProperties: Record<string, JsonSchema> = {
  name: string({ minLength: 1, maxLength: FIELD_LIMITS.name }),
  type: oneOf(CUSTOMER_TYPES),
  contact,
  industry: string({ description: 'One of the configured industries' }),
  region: string({ pattern: REGION_PATTERN.source }),
  source: oneOf(CUSTOMER_SOURCES),
  size: oneOf(ENTERPRISE_SIZES),
  firstContactAt: dateTime(),
  needs: string({ maxLength: FIELD_LIMITS.needs }),
  notes: string({ maxLength: FIELD_LIMITS.notes }),
  sensitive: object({ idNumber: string({ maxLength: FIELD_LIMITS.idNumber }), bankAccount: string({ maxLength: FIELD_LIMITS.bankAccount }) }, [], {
    description: 'Admin only; never in the integrator feed',
  }),
};

// `entered` came after schemaVersion 1 was published: an optional property (so still version 1), present only
// when normalisation changed what was typed (138-1234-5679 stored as 13812345679).
const entered: JsonSchema = object(
  {
    name: string({ description: 'The name as typed. Personal data' }),
    contact: object({ name: string(), phone: string({ description: personal }), email: string({ description: personal }) }, []),
  },
  [],
  { description: 'The values as typed where they differ from the normalised ones recorded beside them; absent when none' },
);

const tagChange = object(
  { customerId, tag: string({ minLength: 1, maxLength: FIELD_LIMITS.tag, pattern: TAG_PATTERN.source }), source: oneOf(TAG_SOURCES), ruleId: string() },
  ['customerId', 'tag', 'source'],
);

const DATA_SCHEMAS_V1: { [Type in CustomerEventType]: JsonSchema } = {
  CustomerRegistered: object(
    {
      ...profileProperties,
      customerId,
      code: string({ pattern: CUSTOMER_CODE_PATTERN.source }),
      ownerId: string({ description: 'User id of the owning sales rep' }),
      status: oneOf(CUSTOMER_STATUSES),
      registeredAt: dateTime(),
      entered,
    },
    ['customerId', 'code', 'ownerId', 'status', 'registeredAt', 'name', 'type', 'contact', 'industry', 'region', 'source'],
  ),
  // `cleared` came after schemaVersion 1 was published: an optional property, present only on updates that clear a field.
  CustomerProfileUpdated: object(
    {
      customerId,
      changes: object(profileProperties, [], { description: 'Only the fields that changed (empty when the update only clears fields)' }),
      cleared: {
        type: 'array',
        items: oneOf(CLEARABLE_PROFILE_PATHS),
        minItems: 1,
        uniqueItems: true,
        description: 'Paths of the optional fields the update removed (sent as null); absent when none',
      },
      entered,
    },
    ['customerId', 'changes'],
    { anyOf: [{ properties: { changes: { type: 'object', minProperties: 1 } } }, { properties: { cleared: { type: 'array' } }, required: ['cleared'] }] },
  ),
  CustomerStatusChanged: object(
    {
      customerId,
      from: oneOf(CUSTOMER_STATUSES),
      to: oneOf(CUSTOMER_STATUSES),
      reason: string({ minLength: 1, maxLength: FIELD_LIMITS.reason }),
      ruleId: string({ description: 'Set when a rule made the change' }),
    },
    ['customerId', 'from', 'to', 'reason'],
  ),
  FollowUpRecorded: object(
    {
      customerId,
      followUpId: string(),
      at: dateTime(),
      method: oneOf(FOLLOW_UP_METHODS),
      content: string({ minLength: 1, maxLength: FIELD_LIMITS.content }),
      result: oneOf(FOLLOW_UP_RESULTS),
      nextFollowUpAt: dateTime(),
      outcomes: { type: 'array', items: oneOf(FOLLOW_UP_OUTCOMES) },
      recordedBy: string({ description: 'User id of the recorder' }),
      // kind, category and satisfaction came after schemaVersion 1 was published: optional, absent on sales follow-ups.
      kind: { ...oneOf(FOLLOW_UP_KINDS.filter((kind) => kind !== 'sales')), description: 'A service case; absent on a sales follow-up' },
      category: { ...oneOf(SERVICE_CATEGORIES), description: 'What a service case is about; required on a complaint' },
      satisfaction: { type: 'integer', minimum: 1, maximum: 5, description: "The customer's satisfaction, 1 (poor) to 5 (excellent)" },
    },
    ['customerId', 'followUpId', 'at', 'method', 'content', 'result', 'outcomes', 'recordedBy'],
  ),
  ComplaintResolved: object(
    {
      customerId,
      followUpId: string({ description: 'The complaint follow-up this closes' }),
      resolution: string({ minLength: 1, maxLength: FIELD_LIMITS.content }),
      resolvedAt: dateTime('Business time of the resolution'),
      resolvedBy: string({ description: 'User id of the resolver' }),
    },
    ['customerId', 'followUpId', 'resolution', 'resolvedAt', 'resolvedBy'],
  ),
  OrderRecorded: object(
    {
      customerId,
      orderId: string({ minLength: 1, maxLength: FIELD_LIMITS.orderId }),
      amount: { type: 'integer', minimum: 1, description: 'Minor units (fen for CNY)' },
      currency: string({ minLength: 3, maxLength: 3 }),
      orderedAt: dateTime(),
    },
    ['customerId', 'orderId', 'amount', 'currency', 'orderedAt'],
  ),
  CustomerTagged: tagChange,
  CustomerUntagged: tagChange,
  CustomerOwnerChanged: object({ customerId, from: string(), to: string() }, ['customerId', 'from', 'to']),
  ReminderScheduled: object(
    {
      customerId,
      reminderId: string({ format: 'uuid' }),
      dueAt: dateTime(),
      reason: string({ minLength: 1, maxLength: FIELD_LIMITS.reason }),
      assigneeId: string({ description: 'User id; open reminders follow the customer to a new owner' }),
      ruleId: string({ description: 'Set when a rule scheduled it' }),
    },
    ['customerId', 'reminderId', 'dueAt', 'reason', 'assigneeId'],
  ),
  ReminderCompleted: object({ customerId, reminderId: string({ format: 'uuid' }), completedBy: string() }, ['customerId', 'reminderId', 'completedBy']),
  ReminderCancelled: object(
    { customerId, reminderId: string({ format: 'uuid' }), reason: string({ minLength: 1, maxLength: FIELD_LIMITS.reason }), ruleId: string() },
    ['customerId', 'reminderId', 'reason'],
  ),
  CustomerPersonalDataErased: object(
    { customerId, erasedAt: dateTime('when the key was destroyed'), reason: string({ minLength: 1, maxLength: FIELD_LIMITS.reason }) },
    ['customerId', 'erasedAt', 'reason'],
  ),
  ...MERGE_DATA_SCHEMAS_V1,
};

export interface PublishedEventSchema {
  type: CustomerEventType;
  schemaVersion: number;
  schema: JsonSchema;
}

/** Schemas by type and schema version; a new version is added here when its shape changes. */
const versions: Record<string, Record<number, JsonSchema>> = Object.fromEntries(Object.entries(DATA_SCHEMAS_V1).map(([type, schema]) => [type, { 1: schema }]));

/** The `data` schema of one event type at one schema version, if published. */
export function eventDataSchema(type: string, schemaVersion: number): JsonSchema | undefined {
  return versions[type]?.[schemaVersion];
}

export function publishedEventSchemas(): PublishedEventSchema[] {
  return Object.entries(versions).flatMap(([type, byVersion]) =>
    Object.entries(byVersion).map(([version, schema]) => ({
      type: type as CustomerEventType,
      schemaVersion: Number(version),
      schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `dossier:event:${type}:v${version}`, title: type, ...schema },
    })),
  );
}
