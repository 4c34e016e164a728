import type { Role } from '../user/user-roles.js';

/** Who acts: the user behind a command, a read or a saga reaction. */
export interface Actor {
  userId: string;
  role: Role;
  teamId?: string;
}
