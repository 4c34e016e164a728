import { roleDecider, type RoleCommand, type RoleEvent, type RoleState } from '#domain';
import { openSqliteEventStore, type EventStore } from '#event-store';
import { ManualClock } from '#shared';
import { CommandPipeline } from '../../command-pipeline/command-pipeline.js';
import { RoleCatalog } from '../role-catalog.js';

// Role definitions read from the role streams: two catalogues over one store stand for two API replicas.

const context = { actor: { userId: 'admin-1', role: 'admin' }, correlationId: 'c', causationId: 'c' };
const content = {
  name: '大客戶銷售',
  permissions: ['customers.read' as const],
  records: 'own' as const,
  fields: { contactInClear: 'own' as const, sensitive: false, hidden: [] },
};

describe('RoleCatalog', () => {
  let store: EventStore;
  let roles: CommandPipeline<RoleCommand, RoleEvent, RoleState>;

  beforeEach(() => {
    const clock = new ManualClock(new Date('2026-01-01T00:00:00Z'));
    store = openSqliteEventStore(':memory:', clock);
    roles = new CommandPipeline(store, clock, roleDecider);
  });

  it('sees a role another replica defined or changed on its next refresh', async () => {
    const replica = new RoleCatalog(store);
    await replica.refresh();
    expect(replica.definitionOf('key-account-sales').permissions).toEqual([]);

    await roles.execute('key-account-sales', context, (now) => ({ type: 'DefineRole', data: { ...content, roleId: 'key-account-sales' }, now }));
    await replica.refresh();
    expect(replica.definitionOf('key-account-sales')).toMatchObject({ name: '大客戶銷售', permissions: ['customers.read'], preset: false });

    const permissions = ['customers.read' as const, 'reports.export' as const];
    await roles.execute('key-account-sales', context, (now) => ({ type: 'ChangeRole', data: { ...content, permissions, roleId: 'key-account-sales' }, now }));
    await replica.refresh();
    expect(replica.definitionOf('key-account-sales').permissions).toEqual(permissions);
  });

  it('keeps the presets as they are and lists them first', async () => {
    await roles.execute('auditor-lite', context, (now) => ({ type: 'DefineRole', data: { ...content, roleId: 'auditor-lite' }, now }));
    const listed = await new RoleCatalog(store).list();
    expect(listed.map((r) => r.id)).toEqual(['admin', 'manager', 'sales', 'service', 'analyst', 'auditor', 'integrator', 'auditor-lite']);
  });

  it('gives an unknown role no permission, no record and no hideable field', async () => {
    const unknown = new RoleCatalog(store).definitionOf('gone');
    expect(unknown).toMatchObject({ permissions: [], records: 'none', fields: { hidden: ['value'] } });
  });
});
