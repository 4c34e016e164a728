import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Actor } from '#domain';
import { ACTOR_RESOLVER, type ActorResolver } from './actor-resolver.js';
import { PASSWORD_CHANGE_ROUTE, PUBLIC_ROUTE, REQUIRED_PERMISSION, type RouteRequirement } from './auth.decorators.js';
import { bearerClaims } from './bearer-claims.js';
import { PERMISSION_CHECK, type PermissionCheck } from './permission-check.js';

interface GuardedRequest {
  headers: Record<string, string | undefined>;
  query?: Record<string, unknown>;
  actor?: Actor;
}

/**
 * Global guard, in two steps: who calls (a valid bearer token on every route not marked @Public(),
 * standing for the user as the ActorResolver finds them now: revoked, disabled or changed tokens
 * fail), then whether their role, as defined now, has the route's @RequirePermission(). A route
 * that declares no permission is closed to everyone (fail safe).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @Inject(ACTOR_RESOLVER) private readonly actors: ActorResolver,
    @Inject(PERMISSION_CHECK) private readonly permissions: PermissionCheck,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<GuardedRequest>();
    // Fastify's reply.elapsedTime: the request's age, so lookups begun since it arrived can serve it.
    const receivedMsAgo = http.getResponse<{ elapsedTime?: number }>().elapsedTime;
    const passwordChangeRoute = this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_ROUTE, targets) ?? false;
    const claims = await bearerClaims(request, this.jwt);
    request.actor = await this.actors.resolve(claims, { passwordChangeRoute, receivedMsAgo });
    await this.checkPermission(request.actor, this.reflector.getAllAndOverride<RouteRequirement>(REQUIRED_PERMISSION, targets), request, receivedMsAgo);
    return true;
  }

  private async checkPermission(actor: Actor, required: RouteRequirement | undefined, request: GuardedRequest, receivedMsAgo?: number): Promise<void> {
    if (!required) throw new ForbiddenException('This route declares no permission');
    if (required.permission === 'signed-in') return;
    const format = request.query?.format;
    const asksForFile = format !== undefined && format !== 'json';
    const permissions = [required.permission, ...(required.export && asksForFile ? [required.export] : [])];
    for (const permission of permissions) {
      if (!(await this.permissions.mayDo(actor, permission, receivedMsAgo)))
        throw new ForbiddenException(`Role ${actor.role} lacks the permission ${permission}`);
    }
    for (const field of required.builtOn ?? []) {
      if (await this.permissions.hidesField(actor, field)) throw new ForbiddenException(`Role ${actor.role} does not see ${field}`);
    }
  }
}
