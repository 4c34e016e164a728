import type { Role } from '#domain';

/** Whose customers a role reaches: its own, its team's, everyone's, or nobody's. */
export type RecordScope = 'own' | 'team' | 'all' | 'none';

/**
 * What a role may see and do with customer records (SPEC §7). The default roles are this table;
 * roles built from permissions will produce the same shape, so the policy stays as it is.
 */
export interface RoleGrants {
  records: RecordScope;
  /** Phone and email in clear for every customer ('all') or only for the customers one owns ('own'). */
  contactInClear: 'all' | 'own';
  /** The encrypted `sensitive` fields, raw. */
  sensitive: boolean;
}

const OWN_CONTACTS_ONLY = { contactInClear: 'own', sensitive: false } as const;

const DEFAULT_ROLE_GRANTS: Readonly<Record<Role, RoleGrants>> = {
  admin: { records: 'all', contactInClear: 'all', sensitive: true },
  manager: { records: 'team', ...OWN_CONTACTS_ONLY },
  sales: { records: 'own', ...OWN_CONTACTS_ONLY },
  service: { records: 'all', ...OWN_CONTACTS_ONLY },
  analyst: { records: 'all', ...OWN_CONTACTS_ONLY },
  auditor: { records: 'all', ...OWN_CONTACTS_ONLY },
  integrator: { records: 'none', ...OWN_CONTACTS_ONLY },
};

export const defaultGrantsOf = (role: Role): RoleGrants => DEFAULT_ROLE_GRANTS[role];
