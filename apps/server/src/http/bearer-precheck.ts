import { bearerClaims } from '#auth';
import type { JwtService } from '@nestjs/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The routes that take a body without a token. */
const PUBLIC_BODY_ROUTES = new Set(['/v1/auth/login']);

function carriesBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Before any body is read: a request that brings one to a non-public route must carry a bearer
 * token that verifies, or it is refused with 401 and the body is never buffered (anonymous
 * multi-megabyte posts would otherwise fill memory up to the body limit). The AuthGuard still
 * makes the full decision (roles, users) once the route runs.
 */
export function registerBearerPrecheck(fastify: FastifyInstance, jwt: JwtService): void {
  fastify.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    if (route === undefined || PUBLIC_BODY_ROUTES.has(route) || !carriesBody(request)) return;
    await bearerClaims(request, jwt);
  });
}
