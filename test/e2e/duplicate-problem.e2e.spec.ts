import request from 'supertest';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Issue 11, hole 5: the duplicate-suspected 409 must not name a customer the caller may not see.

describe('the duplicate-suspected problem (e2e)', () => {
  let t: TestApp;
  let ownerA: TestUser;
  let salesB: TestUser;
  let managerA: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    ownerA = await t.createUser('sales', 'team-north');
    managerA = await t.createUser('manager', 'team-north');
    salesB = await t.createUser('sales', 'team-south');
  });
  afterAll(() => t.close({ removeData: true }));

  const register = (who: TestUser, body: Record<string, unknown>) => request(t.http).post('/v1/customers').set(bearer(who)).send(body);

  it('tells a caller who cannot see the other customer only that a likely duplicate exists, and whose team may resolve it', async () => {
    const body = customerBody({ name: 'Hidden Twin Co', contact: { phone: '13712345678' } });
    const { id } = await t.registerCustomer(ownerA, body);

    const refused = await register(salesB, body);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('duplicate-suspected');
    expect(JSON.stringify(refused.body)).not.toContain(id);
    expect(refused.body.detail).toContain('likely duplicate');
    expect(refused.body.detail).toContain('team-north');

    for (const seer of [managerA, ownerA]) {
      const named = await register(seer, body);
      expect(named.status).toBe(409);
      expect(named.body.detail).toContain(id);
    }
  });
});
