import type { UserRecord } from '#application';
import type { ActiveUser } from '#domain';

/** A user as the API shows it: never the password hash nor the token version; flags only when set. */
export interface UserView {
  userId: string;
  username: string;
  role: string;
  teamId?: string;
  email?: string;
  disabled?: true;
  mustChangePassword?: true;
}

export function userView({ userId, username, role, teamId, email, disabled, mustChangePassword }: UserRecord | ActiveUser): UserView {
  return {
    userId,
    username,
    role,
    ...(teamId !== undefined ? { teamId } : {}),
    ...(email !== undefined ? { email } : {}),
    ...(disabled ? { disabled: true as const } : {}),
    ...(mustChangePassword ? { mustChangePassword: true as const } : {}),
  };
}
