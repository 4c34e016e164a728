import { FIELD_LIMITS, FOLLOW_UP_RESULTS, REMINDER_STATUSES, TAG_SOURCES, TAKEABLE_FIELDS } from '#domain';
import type { JsonSchema } from './json-schema.js';

// The published data schemas of the merge and archive events (issue 12): merged in customer-event-schemas.ts.

const string = (extra: JsonSchema = {}): JsonSchema => ({ type: 'string', ...extra });
const dateTime: JsonSchema = string({ format: 'date-time' });
const array = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const object = (properties: Record<string, JsonSchema>, required: readonly string[], description?: string): JsonSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
  ...(description ? { description } : {}),
});

const customerId = string({ format: 'uuid', description: 'The customer; its stream is customer-<customerId>' });
const otherCustomer = (description: string): JsonSchema => string({ format: 'uuid', description });
const mergeId = string({ format: 'uuid', description: 'Links the events of one merge on both streams' });
const reason = string({ minLength: 1, maxLength: FIELD_LIMITS.reason });

const order = object({ orderId: string(), amount: { type: 'integer', minimum: 1, description: 'Minor units' }, currency: string(), orderedAt: dateTime }, [
  'orderId',
  'amount',
  'currency',
  'orderedAt',
]);

const followUp = object({ followUpId: string(), at: dateTime, result: string({ enum: FOLLOW_UP_RESULTS }), nextFollowUpAt: dateTime }, [
  'followUpId',
  'at',
  'result',
]);

const moves = (description: string): JsonSchema =>
  object(
    {
      followUps: array(followUp),
      orders: array(order),
      tags: array(object({ tag: string(), source: string({ enum: TAG_SOURCES }), ruleId: string() }, ['tag', 'source'])),
      reminders: array(
        object(
          { reminderId: string(), dueAt: dateTime, reason: string(), assigneeId: string(), status: string({ enum: REMINDER_STATUSES }), ruleId: string() },
          ['reminderId', 'dueAt', 'reason', 'assigneeId', 'status'],
        ),
      ),
      fields: array(string({ enum: TAKEABLE_FIELDS })),
    },
    ['followUps', 'orders', 'tags', 'reminders', 'fields'],
    description,
  );

export const MERGE_DATA_SCHEMAS_V1 = {
  CustomerMergedInto: object(
    {
      customerId,
      mergeId,
      into: otherCustomer('The survivor'),
      reason,
      moved: moves('What leaves this customer for the survivor; `fields` are copied to it'),
      tagsKept: array(string()),
    },
    ['customerId', 'mergeId', 'into', 'reason', 'moved', 'tagsKept'],
  ),
  CustomerAbsorbed: object(
    {
      customerId,
      mergeId,
      from: otherCustomer('The merged customer'),
      reason,
      moved: moves('What the survivor took'),
      ownerId: string(),
    },
    ['customerId', 'mergeId', 'from', 'reason', 'moved', 'ownerId'],
  ),
  CustomerUnmerged: object({ customerId, mergeId, from: otherCustomer('The former survivor'), reason, returned: moves('What came back') }, [
    'customerId',
    'mergeId',
    'from',
    'reason',
    'returned',
  ]),
  CustomerAbsorptionReverted: object(
    { customerId, mergeId, from: otherCustomer('The customer given back'), reason, returned: moves('What the survivor gave back'), lastFollowUp: followUp },
    ['customerId', 'mergeId', 'from', 'reason', 'returned'],
  ),
  CustomerArchived: object({ customerId, reason, archivedAt: dateTime, orders: array(order) }, ['customerId', 'reason', 'archivedAt', 'orders']),
  CustomerRestored: object({ customerId, reason, orders: array(order) }, ['customerId', 'reason', 'orders']),
} satisfies Record<string, JsonSchema>;
