import type { Actor, HideableField, Permission } from '#domain';

/** What the guard asks of the role definitions (the server provides the AccessPolicy). */
export interface PermissionCheck {
  /** `receivedMsAgo`: how long ago the request arrived (a role refresh begun since then is fresh enough). */
  mayDo(actor: Actor, permission: Permission, receivedMsAgo?: number): Promise<boolean>;
  hidesField(actor: Actor, field: HideableField): Promise<boolean>;
}

export const PERMISSION_CHECK = Symbol('PERMISSION_CHECK');
