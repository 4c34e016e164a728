import type { JsonSchema } from './json-schema.js';

/** The envelope of one item of the feed, of an SSE `data:` line and of a webhook body. */
export const FEED_ITEM_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'dossier:feed-item',
  title: 'FeedItem',
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid', description: 'Event id; also the webhook-id header, for de-duplication' },
    type: { type: 'string', description: 'Event type; `data` follows the schema of (type, metadata.schemaVersion)' },
    streamId: { type: 'string', description: 'customer-<customerId>' },
    customerId: { type: 'string', format: 'uuid' },
    revision: { type: 'integer', minimum: 0, description: '0-based revision inside the customer stream' },
    position: { type: 'integer', minimum: 1, description: 'Global position: strictly increasing in commit order; resume with after=<position>' },
    data: { type: 'object' },
    metadata: {
      type: 'object',
      properties: {
        actorId: { type: 'string' },
        actorRole: { type: 'string' },
        correlationId: { type: 'string' },
        causationId: { type: 'string' },
        occurredAt: { type: 'string', format: 'date-time' },
        recordedAt: { type: 'string', format: 'date-time' },
        schemaVersion: { type: 'integer', minimum: 1 },
        prevHash: { type: 'string' },
        hash: { type: 'string' },
      },
      required: ['actorId', 'actorRole', 'correlationId', 'causationId', 'occurredAt', 'recordedAt', 'schemaVersion'],
    },
  },
  required: ['id', 'type', 'streamId', 'customerId', 'revision', 'position', 'data', 'metadata'],
};
