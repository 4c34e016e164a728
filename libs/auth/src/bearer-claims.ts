import { UnauthorizedException } from '@nestjs/common';
import type { JwtService } from '@nestjs/jwt';
import type { JwtClaims } from './jwt-claims.js';

const verifiedByRequest = new WeakMap<object, Promise<JwtClaims>>();

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
  try {
    return await jwt.verifyAsync<JwtClaims>(token);
  } catch {
    throw new UnauthorizedException('The token is invalid or expired');
  }
}
