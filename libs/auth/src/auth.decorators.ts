import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Actor, HideableField, Permission } from '#domain';

export const PUBLIC_ROUTE = 'dossier:public';
export const REQUIRED_PERMISSION = 'dossier:permission';
export const PASSWORD_CHANGE_ROUTE = 'dossier:password-change';

/** What a route asks of the caller's role. */
export interface RouteRequirement {
  /** The permission of the route; 'signed-in' = any authenticated user (their own password). */
  permission: Permission | 'signed-in';
  /** Asked in addition when the caller asks for a file (`?format=` anything but json: csv, xlsx, pdf). */
  export?: Permission;
  /** Fields the answer is built on: a role that hides one of them gets 403. */
  builtOn?: HideableField[];
}

/** No token needed (login, health, docs). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The permission a route needs. Every non-public route must declare one (the guard refuses the others). */
export const RequirePermission = (permission: Permission, options: Omit<RouteRequirement, 'permission'> = {}) =>
  SetMetadata(REQUIRED_PERMISSION, { permission, ...options } satisfies RouteRequirement);

/** Any signed-in user, whatever their role (changing one's own password). */
export const SignedIn = () => SetMetadata(REQUIRED_PERMISSION, { permission: 'signed-in' } satisfies RouteRequirement);

/** The one route a user whose password must be changed may call (besides login). */
export const PasswordChangeRoute = () => SetMetadata(PASSWORD_CHANGE_ROUTE, true);

/** The authenticated user, as the guard put it on the request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
