import type { Role } from '#domain';

export interface JwtClaims {
  sub: string;
  username: string;
  role: Role;
  teamId?: string;
}
