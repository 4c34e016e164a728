import request from 'supertest';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Issue 11, hole 1: `q` must not be an oracle for masked phone and email digits.

interface Item {
  id: string;
  code: string;
  name: string;
  contact: { name?: string; phone?: string; email?: string };
}

describe('customer search under masking (e2e)', () => {
  let t: TestApp;
  let owner: TestUser;
  let service: TestUser;
  let targetId: string;
  const phone = '13912340002';
  const email = 'hidden.person@example.com';

  const search = async (who: TestUser | string, q: string): Promise<Item[]> => {
    const token = typeof who === 'string' ? who : who.token;
    const query = new URLSearchParams({ q, limit: '1000' });
    const response = await request(t.http)
      .get(`/v1/customers?${query}`)
      .set(bearer(token))
      .set('x-min-position', String(await t.headPosition()))
      .expect(200);
    return response.body.items as Item[];
  };
  const idsOf = (items: Item[]) => items.map((item) => item.id).sort();

  beforeAll(async () => {
    t = await startTestApp();
    owner = await t.createUser('sales');
    service = await t.createUser('service');
    ({ id: targetId } = await t.registerCustomer(owner, { name: 'Oracle Target', contact: { name: 'Qian Wu', phone, email } }));
    await t.registerCustomer(owner, { name: 'Bystander', contact: { name: 'Sun Qi', phone: '13800000000', email: 'bystander@example.com' } });
  });
  afterAll(() => t.close({ removeData: true }));

  it('answers every 1- and 2-digit probe of a masked phone, and every piece of a masked email, from the clear fields alone', async () => {
    const everything = await search(service, '');
    const target = everything.find((item) => item.id === targetId);
    expect(target?.contact.phone).toBe('139****0002');
    const digits = Array.from({ length: 10 }, (_, d) => String(d));
    const probes = [...digits, ...digits.flatMap((a) => digits.map((b) => a + b)), 'hidden', 'person', '.person@', 'n.p', '1234', '39123400'];
    for (const probe of probes) {
      // What the caller could compute itself from what it sees in clear: name, code, contact name.
      const expected = everything.filter((item) => [item.name, item.code, item.contact.name ?? ''].some((v) => v.toLowerCase().includes(probe)));
      expect({ probe, ids: idsOf(await search(service, probe)) }).toEqual({ probe, ids: idsOf(expected) });
    }
  });

  it('still finds a customer by the whole phone number or email, normalised', async () => {
    for (const whole of [phone, '139-1234-0002', ' (139) 1234 0002', email, ' Hidden.Person@Example.com ']) {
      expect(idsOf(await search(service, whole))).toEqual([targetId]);
    }
    expect(await search(service, '1391234000')).toEqual([]);
  });

  it('keeps substring search on phone and email for those who see them in clear: the owner and admin', async () => {
    expect(idsOf(await search(owner, '1234000'))).toEqual([targetId]);
    expect(idsOf(await search(owner, 'person@exa'))).toEqual([targetId]);
    expect(idsOf(await search(t.adminToken, '1234000'))).toEqual([targetId]);
  });

  it('forgets the exact keys with the erased data', async () => {
    await request(t.http).delete(`/v1/customers/${targetId}/personal-data`).set(bearer(t.adminToken)).send({ reason: 'PIPL request' }).expect(200);
    expect(await search(service, phone)).toEqual([]);
    expect(await search(service, email)).toEqual([]);
  });
});
