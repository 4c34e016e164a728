import { UnauthorizedException } from '@nestjs/common';
import type { JwtService } from '@nestjs/jwt';
import type { JwtClaims } from './jwt-claims.js';
import { VerifiedTokens } from './verified-tokens.js';

const verifiedByRequest = new WeakMap<object, Promise<JwtClaims>>();
/** Per JwtService: each holds its own key. */
const verifiedBySigner = new WeakMap<JwtService, VerifiedTokens>();

/**
 * The request's bearer token, verified once per request: the pre-check that runs before a body is
 * read and the guard both ask, and the second asker gets the first answer.
 */
export function bearerClaims(request: { headers: { authorization?: string } }, jwt: JwtService): Promise<JwtClaims> {
  let claims = verifiedByRequest.get(request);
  if (!claims) {
    claims = verify(request.headers.authorization, jwt);
    verifiedByRequest.set(request, claims);
  }
  return claims;
}

async function verify(authorization: string | undefined, jwt: JwtService): Promise<JwtClaims> {
  const [scheme, token] = (authorization ?? '').split(' ');
  if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('A bearer token is required');
  let tokens = verifiedBySigner.get(jwt);
  if (!tokens) verifiedBySigner.set(jwt, (tokens = new VerifiedTokens()));
  const known = tokens.get(token);
  if (known) return known;
  try {
    const claims = await jwt.verifyAsync<JwtClaims>(token);
    tokens.remember(token, claims);
    return claims;
  } catch {
    throw new UnauthorizedException('The token is invalid or expired');
  }
}
