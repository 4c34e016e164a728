import type { OpenAPIObject } from '@nestjs/swagger';
import { FEED_ITEM_SCHEMA, publishedEventSchemas, type JsonSchema } from '#integrations';

type Schemas = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>;

/** `#/components/schemas/<name>` */
export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

// A published schema inside the document: `$schema` and `$id` would change how its references resolve.
const embedded = ({ $schema: _dialect, $id: _id, ...schema }: JsonSchema): JsonSchema => schema;

/**
 * The published event schemas (GET /v1/events/schemas) as components: `<Type>V<n>` for each event's data,
 * `<Type>FeedItem` for the envelope carrying it, and `FeedItem`, the one of them all — what a feed page,
 * an SSE `data:` line and a webhook body hold.
 */
export function eventSchemaComponents(): Schemas {
  const schemas: Schemas = {};
  const versionsByType = new Map<string, string[]>();
  for (const { type, schemaVersion, schema } of publishedEventSchemas()) {
    const name = `${type}V${schemaVersion}`;
    schemas[name] = { ...embedded(schema), title: name } as Schemas[string];
    versionsByType.set(type, [...(versionsByType.get(type) ?? []), name]);
  }
  const envelope = embedded(FEED_ITEM_SCHEMA);
  const items: string[] = [];
  for (const [type, versions] of versionsByType) {
    const name = `${type}FeedItem`;
    const data = versions.length === 1 ? schemaRef(versions[0]) : { anyOf: versions.map(schemaRef) };
    schemas[name] = {
      ...envelope,
      title: name,
      properties: { ...envelope.properties, type: { type: 'string', enum: [type] }, data },
    } as Schemas[string];
    items.push(name);
  }
  schemas.FeedItem = {
    title: 'FeedItem',
    description: 'One customer event as integrators see it (feed page, SSE data line, webhook body): one of the event types, told apart by `type`',
    oneOf: items.map(schemaRef),
    discriminator: { propertyName: 'type', mapping: Object.fromEntries(items.map((name) => [name.replace(/FeedItem$/, ''), schemaRef(name).$ref])) },
  } as Schemas[string];
  return schemas;
}
