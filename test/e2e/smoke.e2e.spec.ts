import request from 'supertest';
import { customerBody, startTestApp, type TestApp } from './support/test-app.js';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close({ removeData: true }));

  it('registers a customer', async () => {
    const res = await request(t.http).post('/v1/customers').set('authorization', `Bearer ${t.adminToken}`).send(customerBody());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), revision: 0, position: expect.any(Number) });
  });
});
