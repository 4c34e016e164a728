import fc from 'fast-check';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Values a field should never have, and the ones that broke things before (null, NUL, zero-width, deep, huge).
const hostileValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('', ' ', '\u0000', '\u200b\u200c', '\ud800', 'x'.repeat(6000), '2024-02-30', '-1', '1e999', '{}', '13800000000'),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Body = Record<string, unknown>;

/** Until nothing more is appended for a moment: the saga reactions to an accepted command are in. */
async function storeQuiet(t: TestApp): Promise<void> {
  let head = await t.headPosition();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await t.headPosition();
    if (now === head) return;
    head = now;
  }
}

/** Sets `path` (dot-separated) in a copy of `body` as an own property, even for `__proto__`. */
function withValue(body: Body, path: string, value: unknown): Body {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let parent: Body = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof parent[key] !== 'object' || parent[key] === null) Object.defineProperty(parent, key, { value: {}, enumerable: true, writable: true });
    parent = parent[key] as Body;
  }
  Object.defineProperty(parent, keys[keys.length - 1], { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A valid body with one to three fields (known, nested or unknown) replaced by hostile values, or any JSON at all. */
function hostileBody(base: Body): fc.Arbitrary<unknown> {
  const paths = [...Object.keys(base), ...Object.keys(base).map((k) => `${k}.inner`), 'extra', '__proto__', 'constructor.prototype'];
  const mutated = fc
    .array(fc.tuple(fc.constantFrom(...paths), hostileValue), { minLength: 1, maxLength: 3 })
    .map((changes) => changes.reduce((body, [path, value]) => withValue(body, path, value), base));
  return fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) });
}

interface CommandRoute {
  method: 'post' | 'patch' | 'put' | 'delete';
  path: () => string;
  base: () => Body;
  as?: () => TestUser | string;
  /** Each row stands alone (SPEC §5): a rejected row does not undo the others. */
  partialByDesign?: boolean;
}

describe('every command DTO, fed hostile input over HTTP', () => {
  let t: TestApp;
  let integrator: TestUser;
  let changer: TestUser;
  let customerId: string;
  let erasable: string;
  let sales: TestUser;

  beforeAll(async () => {
    // No scheduled rule evaluation: the only writes are the requests' own and their saga reactions.
    t = await startTestApp({ env: { RULES_INTERVAL_MS: '3600000' } });
    integrator = await t.createUser('integrator');
    changer = await t.createUser('sales');
    sales = await t.createUser('sales');
    customerId = (await t.registerCustomer({ token: t.adminToken })).id;
    erasable = (await t.registerCustomer({ token: t.adminToken })).id;
    await storeQuiet(t);
  });
  afterAll(() => t.close({ removeData: true }));

  const unique = () => Math.random().toString(36).slice(2, 10);
  const ROUTES: Record<string, CommandRoute> = {
    'POST /v1/customers': { method: 'post', path: () => '/v1/customers', base: () => customerBody() },
    'PATCH /v1/customers/:id': {
      method: 'patch',
      path: () => `/v1/customers/${customerId}`,
      base: () => ({ name: `Renamed ${unique()}`, notes: 'n', contact: { phone: '13912345678', name: 'Wang' }, sensitive: { idNumber: '1' } }),
    },
    'POST /v1/customers/:id/status': { method: 'post', path: () => `/v1/customers/${customerId}/status`, base: () => ({ to: 'qualified', reason: 'fit' }) },
    'POST /v1/customers/:id/follow-ups': {
      method: 'post',
      path: () => `/v1/customers/${customerId}/follow-ups`,
      base: () => ({ method: 'phone', content: 'called', result: 'interested', nextFollowUpAt: '2099-01-01T00:00:00Z' }),
    },
    'POST /v1/customers/:id/orders': {
      method: 'post',
      path: () => `/v1/customers/${customerId}/orders`,
      base: () => ({ orderId: `o-${unique()}`, amount: 100, currency: 'CNY', orderedAt: '2024-01-01T00:00:00Z' }),
    },
    'POST /v1/customers/:id/tags': { method: 'post', path: () => `/v1/customers/${customerId}/tags`, base: () => ({ tag: `t${unique().slice(0, 4)}` }) },
    'POST /v1/customers/:id/owner': { method: 'post', path: () => `/v1/customers/${customerId}/owner`, base: () => ({ ownerId: sales.id }) },
    'DELETE /v1/customers/:id/personal-data': { method: 'delete', path: () => `/v1/customers/${erasable}/personal-data`, base: () => ({ reason: 'PIPL' }) },
    'POST /v1/customers/import': { method: 'post', path: () => '/v1/customers/import', base: () => ({ 0: customerBody() }), partialByDesign: true },
    'POST /v1/users': { method: 'post', path: () => '/v1/users', base: () => ({ username: `u${unique()}`, password: 'a-long-password-1', role: 'sales' }) },
    'POST /v1/webhooks': {
      method: 'post',
      path: () => '/v1/webhooks',
      base: () => ({ url: 'https://93.184.216.34/hook', eventTypes: ['CustomerRegistered'] }),
      as: () => integrator,
    },
    'PUT /v1/admin/rules/:id': { method: 'put', path: () => '/v1/admin/rules/high-value', base: () => ({ threshold: 1000, windowDays: 30, enabled: true }) },
    'POST /v1/admin/rules/evaluate': { method: 'post', path: () => '/v1/admin/rules/evaluate', base: () => ({ at: '2024-01-01T00:00:00Z' }) },
    'POST /v1/reminders/:id/complete': { method: 'post', path: () => '/v1/reminders/00000000-0000-4000-8000-000000000000/complete', base: () => ({}) },
    'POST /v1/auth/password': {
      method: 'post',
      path: () => '/v1/auth/password',
      base: () => ({ currentPassword: changer.password, newPassword: changer.password }),
      as: () => changer,
    },
    'POST /v1/auth/login': { method: 'post', path: () => '/v1/auth/login', base: () => ({ username: sales.username, password: sales.password }) },
  };

  it.each(Object.keys(ROUTES))(
    '%s never answers 5xx, and a refused request writes nothing',
    async (name) => {
      const route = ROUTES[name];
      await fc.assert(
        fc.asyncProperty(hostileBody(route.base()), async (body) => {
          const before = await t.headPosition();
          const base = route.base();
          const sent = Array.isArray(base) || !('0' in base) ? body : [body];
          const response = await request(t.http)
            [route.method](route.path())
            .set(bearer(route.as?.() ?? t.adminToken))
            .set('content-type', 'application/json')
            .send(JSON.stringify(sent));
          if (response.status >= 500)
            throw new Error(`${name} answered ${response.status} to ${JSON.stringify(sent).slice(0, 300)}: ${response.text.slice(0, 300)}`);
          if (response.status >= 400 && !route.partialByDesign) expect(await t.headPosition()).toBe(before);
          if (response.status < 300) await storeQuiet(t);
        }),
        // Besides the random runs: every field of the valid body as null, as NUL and as zero-width text.
        {
          numRuns: 10,
          examples: Object.keys(route.base()).flatMap((key) => [null, '\u0000', '\u200b'].map((value) => [withValue(route.base(), key, value)] as [unknown])),
        },
      );
    },
    60_000,
  );
});
