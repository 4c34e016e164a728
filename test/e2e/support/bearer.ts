/** The Authorization header of a user (or of a bare access token). */
export const bearer = (who: { token: string } | string): { authorization: string } => ({
  authorization: `Bearer ${typeof who === 'string' ? who : who.token}`,
});
