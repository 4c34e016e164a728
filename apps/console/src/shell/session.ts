/** The signed-in user as the console keeps it: in sessionStorage, so a tab's session ends with the tab. */
export interface Session {
  token: string;
  username: string;
  /** The role claim of the token, shown in the header; what the role may do comes from the API's answers. */
  role: string;
  /** Epoch milliseconds at which the token expires (login answer's expiresIn). */
  expiresAt: number;
  /** Permission ids the API granted when probed at sign-in (see permission-probes.ts). */
  granted: string[];
}

const KEY = 'dossier.console.session';

export function loadSession(now = Date.now()): Session | undefined {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) return undefined;
  try {
    const session = JSON.parse(stored) as Session;
    return session.expiresAt > now ? session : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session | undefined): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

/** The claims of a JWT, read for display only (the server verifies the token on every call). */
export function tokenClaims(token: string): { username?: string; role?: string } {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = decodeURIComponent(
      Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''),
    );
    return JSON.parse(json) as { username?: string; role?: string };
  } catch {
    return {};
  }
}
