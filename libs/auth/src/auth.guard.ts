import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Role, Actor } from '#domain';
import { ACTOR_RESOLVER, type ActorResolver } from './actor-resolver.js';
import { ALLOWED_ROLES, PASSWORD_CHANGE_ROUTE, PUBLIC_ROUTE } from './auth.decorators.js';
import type { JwtClaims } from './jwt-claims.js';

/**
 * Global guard: a valid bearer token on every route not marked @Public(), and the caller's role
 * among the route's @Roles(). A route that names no roles is closed to everyone (fail safe). The
 * caller is who the ActorResolver says the token stands for now (revoked, disabled, role changed).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @Inject(ACTOR_RESOLVER) private readonly actors: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: Actor }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('A bearer token is required');
    let claims: JwtClaims;
    try {
      claims = await this.jwt.verifyAsync<JwtClaims>(token);
    } catch {
      throw new UnauthorizedException('The token is invalid or expired');
    }
    const passwordChangeRoute = this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_ROUTE, targets) ?? false;
    const actor = await this.actors.resolve(claims, { passwordChangeRoute });
    request.actor = actor;

    const allowed = this.reflector.getAllAndOverride<Role[]>(ALLOWED_ROLES, targets) ?? [];
    if (!allowed.includes(actor.role)) throw new ForbiddenException(`Role ${actor.role} may not do this`);
    return true;
  }
}
