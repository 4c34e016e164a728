import type { Role } from '#domain';

export interface JwtClaims {
  sub: string;
  username: string;
  /** As at login; the guard takes the actor's role and team from the user's current state. */
  role: Role;
  teamId?: string;
  /** The user's token version at login: a newer one (password, disable, role or team change) ends this token. */
  ver: number;
}
