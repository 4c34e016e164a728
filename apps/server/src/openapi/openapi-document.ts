import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { eventSchemaComponents, schemaRef } from './event-schema-components.js';

const STANDARD_WEBHOOK_HEADERS = [
  { name: 'webhook-id', description: 'The event id: the same on every attempt, redelivery and replay, for receivers to de-duplicate' },
  { name: 'webhook-timestamp', description: 'Unix seconds when this attempt was signed' },
  {
    name: 'webhook-signature',
    description: 'Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, one per valid secret (two during a rotation grace period)',
  },
];

/** The OpenAPI 3.1 document of the API (served at /docs/openapi.json; the typed client is generated from it). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Dossier')
    .setDescription(
      'Event-sourced customer data management and analytics (客戶資料管理與分析平臺). Errors are RFC 7807 application/problem+json ' +
        '(the ProblemDetails schema); every POST takes an Idempotency-Key; reads take X-Min-Position to see one’s own writes.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...eventSchemaComponents() } };
  document.webhooks = {
    customerEvent: {
      post: {
        operationId: 'receiveCustomerEvent',
        summary: 'A customer event, POSTed to each webhook subscribed to its type',
        description:
          'Signed per Standard Webhooks; retried with backoff until a 2xx, in order per customer. A redelivery or replay sends the same body with the same webhook-id.',
        parameters: STANDARD_WEBHOOK_HEADERS.map((header) => ({ ...header, in: 'header' as const, required: true, schema: { type: 'string' as const } })),
        requestBody: { required: true, content: { 'application/json': { schema: schemaRef('FeedItem') } } },
        responses: { '200': { description: 'Any 2xx acknowledges the delivery; anything else (3xx included) is retried' } },
      },
    },
  };
  return document;
}
