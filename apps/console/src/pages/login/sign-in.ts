import { createApi } from '../../shell/api.js';
import { probeGrants, type ProbedPermission } from '../../shell/permission-probes.js';
import { unwrap } from '../../shell/problem.js';
import { tokenClaims, type Session } from '../../shell/session.js';

export type SignInResult = { kind: 'signed-in'; session: Session } | { kind: 'must-change-password'; token: string };

/** POST /v1/auth/login, then the probes of what the role may open. */
export async function signIn(username: string, password: string, wanted: readonly ProbedPermission[]): Promise<SignInResult> {
  const answer = unwrap(await createApi().POST('/v1/auth/login', { body: { username, password } }));
  if (answer.mustChangePassword) return { kind: 'must-change-password', token: answer.accessToken };
  const claims = tokenClaims(answer.accessToken);
  const granted = await probeGrants(createApi(answer.accessToken), wanted);
  return {
    kind: 'signed-in',
    session: {
      token: answer.accessToken,
      username: claims.username ?? username,
      role: claims.role ?? '',
      expiresAt: Date.now() + answer.expiresIn * 1000,
      granted,
    },
  };
}

/** POST /v1/auth/password with the token that opens only that route; every token of the user ends. */
export async function changePassword(token: string, currentPassword: string, newPassword: string): Promise<void> {
  unwrap(await createApi(token).POST('/v1/auth/password', { body: { currentPassword, newPassword } }));
}
