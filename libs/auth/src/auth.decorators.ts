import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role, Actor } from '#domain';

export const PUBLIC_ROUTE = 'dossier:public';
export const ALLOWED_ROLES = 'dossier:roles';
export const PASSWORD_CHANGE_ROUTE = 'dossier:password-change';

/** No token needed (login, health, docs). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route. Every non-public route must say who may call it. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** The one route a user whose password must be changed may call (besides login). */
export const PasswordChangeRoute = () => SetMetadata(PASSWORD_CHANGE_ROUTE, true);

/** The authenticated user, as the guard put it on the request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<{ actor: Actor }>().actor;
});
