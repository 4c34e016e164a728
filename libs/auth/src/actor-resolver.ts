import type { Actor } from '#domain';
import type { JwtClaims } from './jwt-claims.js';

/** What the guard knows of the route when it resolves the caller. */
export interface ResolveOptions {
  /** The route is the password change itself, open to a user whose password must be changed. */
  passwordChangeRoute: boolean;
  /** How long ago the request arrived: a lookup begun since then is fresh enough for it. */
  receivedMsAgo?: number;
}

/**
 * The caller behind a verified token, from the user's current state: throws 401 when the user is
 * gone, disabled or the token older than the user's token version, 403 while a password change is
 * pending. The actor's role and team are the current ones, not the token's.
 */
export interface ActorResolver {
  resolve(claims: JwtClaims, options: ResolveOptions): Promise<Actor>;
}

export const ACTOR_RESOLVER = Symbol('ActorResolver');
