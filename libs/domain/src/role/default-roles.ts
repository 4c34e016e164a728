import type { DefaultRole } from '../user/user-roles.js';
import type { Permission } from './permissions.js';
import type { FieldVisibility, RoleDefinition } from './role-definition.js';

const OWN_CONTACTS_ONLY: FieldVisibility = { contactInClear: 'own', sensitive: false, hidden: [] };

const preset = (id: DefaultRole, name: string, records: RoleDefinition['records'], permissions: Permission[], fields = OWN_CONTACTS_ONLY): RoleDefinition => ({
  id,
  name,
  permissions,
  records,
  fields,
  preset: true,
});

const SALES_WORK: Permission[] = [
  'customers.read',
  'customers.create',
  'customers.update',
  'customers.import',
  'customers.export',
  'tags.manage',
  'followUps.create',
  'followUps.read',
  'orders.create',
  'reminders.read',
  'reminders.complete',
  'churnRisk.read',
  'reports.read',
  'reports.manage',
];
const ANALYSIS: Permission[] = ['analytics.read', 'churnRisk.read', 'reports.export', 'reports.read', 'reports.manage'];

/** SPEC §7's role table as permissions: the presets every deployment starts with. */
export const DEFAULT_ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  preset(
    'admin',
    '系统管理员',
    'all',
    [
      ...new Set<Permission>([...SALES_WORK, ...ANALYSIS]),
      'owners.assign',
      'reports.subscribe',
      'audit.read',
      'feed.read',
      'schemas.read',
      'webhooks.manage',
      'rules.manage',
      'rules.history',
      'tagLibrary.manage',
      'sagas.manage',
      'projections.manage',
      'analytics.settings',
      'users.manage',
      'roles.manage',
      'personalData.erase',
      'customers.merge',
      'customers.archive',
    ],
    { contactInClear: 'all', sensitive: true, hidden: [] },
  ),
  preset('manager', '销售经理', 'team', [
    ...new Set<Permission>([...SALES_WORK, ...ANALYSIS]),
    'owners.assign',
    'reports.subscribe',
    'customers.merge',
    'customers.archive',
  ]),
  preset('sales', '销售代表', 'own', SALES_WORK),
  preset('service', '客服专员', 'all', ['customers.read', 'customers.export', 'followUps.create', 'followUps.read', 'reminders.read', 'reminders.complete'], {
    ...OWN_CONTACTS_ONLY,
    hidden: ['value'],
  }),
  preset('analyst', '数据分析师', 'all', ['customers.read', 'customers.export', ...ANALYSIS]),
  preset('auditor', '审计员', 'all', ['audit.read', 'rules.history', 'schemas.read']),
  preset('integrator', '系统集成', 'none', ['feed.read', 'schemas.read', 'webhooks.manage']),
];

export const defaultRoleDefinition = (id: string): RoleDefinition | undefined => DEFAULT_ROLE_DEFINITIONS.find((role) => role.id === id);
