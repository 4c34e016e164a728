import type { Role } from '../../domain/src/index.js';

export interface JwtClaims {
  sub: string;
  username: string;
  role: Role;
  teamId?: string;
}
