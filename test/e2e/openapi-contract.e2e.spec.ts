import { Validator } from '@seriousme/openapi-schema-validator';
import request from 'supertest';
import { operationFindings, problemFindings } from './support/openapi-lint.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The contract an integrator generates a client from (GET /docs/openapi.json). A failure lists the offending
// `METHOD path` lines: give each route @ApiOperation({ operationId, summary }), a response DTO (@ApiOkResponse({ type })
// or @ApiFormats) and @ApiProblems(...) for its errors.

type Document = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a parsed OpenAPI document, read path by path

describe('The OpenAPI document (e2e)', () => {
  let t: TestApp;
  let document: Document;

  beforeAll(async () => {
    t = await startTestApp();
    document = (await request(t.http).get('/docs/openapi.json').expect(200)).body as Document;
  });
  afterAll(() => t.close({ removeData: true }));

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(document.openapi).toBe('3.1.0');
  });

  it('gives every route a human operationId (unique), a summary and a schema for each 2xx answer', () => {
    expect(operationFindings(document)).toEqual([]);
  });

  it('answers every error as application/problem+json with the one ProblemDetails schema', () => {
    expect(problemFindings(document)).toEqual([]);
    expect(document.components.schemas.ProblemDetails.required).toEqual(expect.arrayContaining(['type', 'title', 'status']));
    expect(Object.keys(document.paths['/v1/customers'].post.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409']));
  });

  it('lists the offending routes when one lacks a schema, a summary or an id', () => {
    const broken = {
      paths: {
        '/v1/a': { get: { operationId: 'ListA_list', responses: { '200': { description: 'ok' } } } },
        '/v1/b': { post: { operationId: 'createB', summary: 'Create', responses: { '201': { content: { 'application/json': { schema: {} } } } } } },
        '/v1/c': { post: { operationId: 'createB', summary: 'Again', responses: { '204': {} } } },
      },
    };
    expect(operationFindings(broken)).toEqual([
      'GET /v1/a: no human operationId (has ListA_list)',
      'GET /v1/a: no summary',
      'GET /v1/a: 200 without a response schema',
      'POST /v1/c: operationId createB is also POST /v1/b',
    ]);
  });

  it('names the operations the main journeys use', () => {
    const id = (method: string, path: string) => document.paths[path][method].operationId;
    expect([
      id('post', '/v1/auth/login'),
      id('get', '/v1/customers'),
      id('post', '/v1/customers'),
      id('get', '/v1/customers/{id}'),
      id('post', '/v1/customers/{id}/follow-ups'),
      id('post', '/v1/customers/{id}/status'),
      id('get', '/v1/analytics/funnel'),
      id('get', '/v1/customers/{id}/history'),
    ]).toEqual(['login', 'listCustomers', 'registerCustomer', 'getCustomer', 'recordFollowUp', 'changeCustomerStatus', 'getFunnel', 'getCustomerHistory']);
  });

  it('documents CSV as another content type of the routes that take ?format', () => {
    for (const path of ['/v1/customers', '/v1/analytics/funnel', '/v1/customers/{id}/history']) {
      expect(Object.keys(document.paths[path].get.responses['200'].content)).toEqual(expect.arrayContaining(['application/json', 'text/csv']));
    }
  });

  it('references the published event schemas from the feed, the SSE stream and the webhook bodies', async () => {
    const { schemas } = document.components;
    const published = (await request(t.http).get('/v1/events/schemas').set('authorization', `Bearer ${t.adminToken}`).expect(200)).body.events as {
      type: string;
      schemaVersion: number;
      schema: { properties: object };
    }[];
    for (const { type, schemaVersion, schema } of published) expect(schemas[`${type}V${schemaVersion}`].properties).toEqual(schema.properties);
    expect(schemas.FeedItem.oneOf).toContainEqual({ $ref: '#/components/schemas/CustomerRegisteredFeedItem' });
    expect(schemas.CustomerRegisteredFeedItem.properties.data).toEqual({ $ref: '#/components/schemas/CustomerRegisteredV1' });
    const page = schemas[document.paths['/v1/events'].get.responses['200'].content['application/json'].schema.$ref.split('/').pop()];
    expect(page.properties.items.items).toEqual({ $ref: '#/components/schemas/FeedItem' });
    expect(document.paths['/v1/events/stream'].get.responses['200'].content['text/event-stream']['x-data-schema']).toEqual({
      $ref: '#/components/schemas/FeedItem',
    });
    expect(document.webhooks.customerEvent.post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/FeedItem' });
  });

  it('gives the main journeys examples of their request bodies and answers', () => {
    const content = (method: string, path: string, status: string) => document.paths[path][method].responses[status].content['application/json'];
    expect(document.paths['/v1/customers'].post.requestBody.content['application/json'].examples).toBeDefined();
    expect(document.paths['/v1/customers/{id}/follow-ups'].post.requestBody.content['application/json'].examples).toBeDefined();
    expect(content('post', '/v1/customers', '201').example).toEqual(expect.objectContaining({ id: expect.any(String) }));
    expect(content('get', '/v1/customers/{id}', '200').example).toEqual(expect.objectContaining({ code: expect.any(String) }));
  });
});
