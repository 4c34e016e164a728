export const ROLES = ['admin', 'manager', 'sales', 'service', 'analyst', 'auditor', 'integrator'] as const;
export type Role = (typeof ROLES)[number];
