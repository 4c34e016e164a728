import { DomainError, ROLES, type Role } from '#domain';

/**
 * The one check of a role id given to a user (creation, PATCH, import): today one of the default
 * roles. Custom roles (issue 11, roles built from permissions) extend it here.
 */
export function assignableRole(role: string, field = 'role'): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new DomainError('invalid-value', `${field} must be one of: ${ROLES.join(', ')}`, field);
  return role as Role;
}
