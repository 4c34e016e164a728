import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, REQUIRED_PERMISSION, type RouteRequirement } from '#auth';
import { DEFAULT_ROLE_DEFINITIONS, ROLES, type Role } from '#domain';
import { nestHandlers, servedRoutes, type ServedRoute } from './support/route-table.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Every route the running app serves × every default role and anonymous (issue 11): 401 without a
// token, 403 without the route's permission, neither with it. A route that declares no permission fails.

/** Served outside Nest, public by design: the Swagger plugin's /docs, the console's static files. */
const OUTSIDE_NEST = /^\/(docs|console)/;
const PARAMS: Record<string, () => string> = { ':id': () => randomUUID(), ':tag': () => 'vip', ':name': () => 'no-such-projection' };

type Access = { public: true } | { public: false; requirement?: RouteRequirement };

let t: TestApp;
let base: string;
let routes: ServedRoute[];
let access: Map<string, Access>;
const tokens = new Map<Role | 'anonymous', string | undefined>([['anonymous', undefined]]);

beforeAll(async () => {
  t = await startTestApp();
  const reflector = new Reflector();
  access = nestHandlers(t.app, (handler, controller): Access => {
    const targets = [handler as () => void, controller as () => void];
    if (reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return { public: true };
    return { public: false, requirement: reflector.getAllAndOverride<RouteRequirement>(REQUIRED_PERMISSION, targets) };
  });
  routes = servedRoutes(t.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false })).filter((r) => !OUTSIDE_NEST.test(r.path));
  for (const role of ROLES) tokens.set(role, role === 'admin' ? t.adminToken : (await t.createUser(role, 'matrix')).token);
  await new Promise<void>((resolve) => t.http.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
}, 60_000);

afterAll(() => t.close({ removeData: true }));

/** The status of a call; resolved on the response head, so the SSE stream counts too. */
function statusOf(route: ServedRoute, token: string | undefined): Promise<number> {
  const path = route.path.replace(/:[a-z]+/gi, (param) => (PARAMS[param] ?? (() => 'x'))());
  const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? '{}' : undefined;
  return new Promise((resolve, reject) => {
    const call = httpRequest(`${base}${path}`, {
      method: route.method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    });
    call.on('response', (response) => {
      resolve(response.statusCode ?? 0);
      response.destroy();
      call.destroy();
    });
    call.on('error', (error) => (error.message === 'socket hang up' ? undefined : reject(error)));
    call.end(body);
  });
}

function expectedFor(role: Role | 'anonymous', requirement: RouteRequirement): 'unauthorized' | 'forbidden' | 'allowed' {
  if (role === 'anonymous') return 'unauthorized';
  if (requirement.permission === 'signed-in') return 'allowed';
  const definition = DEFAULT_ROLE_DEFINITIONS.find((d) => d.id === role);
  const granted = definition?.permissions.includes(requirement.permission) ?? false;
  const hides = (requirement.builtOn ?? []).some((field) => definition?.fields.hidden.includes(field));
  return granted && !hides ? 'allowed' : 'forbidden';
}

const outcome = (status: number) => (status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : 'allowed');

describe('the route × permission matrix', () => {
  it('finds the routes of every module', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes).toContainEqual({ method: 'GET', path: '/v1/permissions' });
  });

  it('has a declared permission (or @Public) for every route the app serves', () => {
    const undeclared = routes.filter((route) => {
      const entry = access.get(`${route.method} ${route.path}`);
      return !entry || (!entry.public && !entry.requirement);
    });
    expect(undeclared).toEqual([]);
  });

  it('answers every route as every default role and anonymously as its declared permission says', async () => {
    const cells: string[] = [];
    const wrong: string[] = [];
    for (const route of routes) {
      const entry = access.get(`${route.method} ${route.path}`);
      if (!entry) continue;
      for (const [role, token] of tokens) {
        const status = await statusOf(route, token);
        const expected = entry.public ? 'allowed' : entry.requirement ? expectedFor(role, entry.requirement) : 'forbidden';
        cells.push(`${route.method} ${route.path} as ${role}`);
        if (outcome(status) !== expected) wrong.push(`${route.method} ${route.path} as ${role}: ${status}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(cells.length).toBe(routes.length * (ROLES.length + 1));
  }, 120_000);
});
