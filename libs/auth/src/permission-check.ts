import type { Actor, HideableField, Permission } from '#domain';

/** What the guard asks of the role definitions (the server provides the AccessPolicy). */
export interface PermissionCheck {
  mayDo(actor: Actor, permission: Permission): Promise<boolean>;
  hidesField(actor: Actor, field: HideableField): Promise<boolean>;
}

export const PERMISSION_CHECK = Symbol('PERMISSION_CHECK');
