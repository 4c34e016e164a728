/** The default roles (SPEC §7), kept as read-only presets; admins build further roles from permissions. */
export const ROLES = ['admin', 'manager', 'sales', 'service', 'analyst', 'auditor', 'integrator'] as const;
export type DefaultRole = (typeof ROLES)[number];
/** A role id: one of the defaults or a custom role's slug. */
export type Role = string;
