import type { DossierClient } from '#api-client';

// What the signed-in role may do, as the API answers it: no route tells a non-admin its own permissions
// (GET /v1/permissions and /v1/roles/:id need roles.manage), so each permission a page needs is probed with
// one cheap read that requires exactly it. 403 means not granted; any other answer (200, or 404 for the
// made-up id) means granted. The console never decides access itself.

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

type Probe = (api: DossierClient) => Promise<{ response: Response }>;

const PERMISSION_PROBES = {
  'customers.read': (api) => api.GET('/v1/customers', { params: { query: { limit: 1 } } }),
  'followUps.read': (api) => api.GET('/v1/customers/{id}/follow-ups', { params: { path: { id: NO_SUCH_ID } } }),
  'reminders.read': (api) => api.GET('/v1/reminders', { params: { query: { limit: 1 } } }),
  'audit.read': (api) => api.GET('/v1/customers/{id}/history', { params: { path: { id: NO_SUCH_ID } } }),
  'analytics.read': (api) => api.GET('/v1/reports'),
  'churnRisk.read': (api) => api.GET('/v1/analytics/churn-risk', { params: { query: { limit: 1 } } }),
  'reports.read': (api) => api.GET('/v1/reports/saved'),
  'reports.subscribe': (api) => api.GET('/v1/report-subscriptions'),
  'customers.import': (api) => api.GET('/v1/imports/{id}', { params: { path: { id: NO_SUCH_ID } } }),
  'feed.read': (api) => api.GET('/v1/events'),
  'schemas.read': (api) => api.GET('/v1/events/schemas'),
  'webhooks.manage': (api) => api.GET('/v1/webhooks'),
  'rules.manage': (api) => api.GET('/v1/admin/rules'),
  'rules.history': (api) => api.GET('/v1/admin/rules/history'),
  'sagas.manage': (api) => api.GET('/v1/admin/sagas/parked'),
  'projections.manage': (api) => api.GET('/v1/admin/projections'),
  'users.manage': (api) => api.GET('/v1/users'),
  'roles.manage': (api) => api.GET('/v1/permissions'),
} satisfies Record<string, Probe>;

/** A permission the console can learn about: a page may require only these. */
export type ProbedPermission = keyof typeof PERMISSION_PROBES;

/** The subset of `wanted` the API grants the client's user (probed in parallel). */
export async function probeGrants(api: DossierClient, wanted: readonly ProbedPermission[]): Promise<ProbedPermission[]> {
  const unique = [...new Set(wanted)];
  const answers = await Promise.all(unique.map(async (permission) => (await PERMISSION_PROBES[permission](api)).response.status));
  return unique.filter((_, index) => answers[index] !== 403 && answers[index] !== 401);
}
