import type { FastifyInstance } from 'fastify';

/** Routes allowed a bigger body than a command: the bulk import (up to IMPORT_MAX_ROWS rows of CSV, XLSX or JSON). */
const LARGE_BODY_ROUTES = new Set(['/v1/customers/import']);

/** The route-level body limits; must be registered before Nest adds its routes. */
export function registerBodyLimits(fastify: FastifyInstance, limits: { importBytes: number }): void {
  fastify.addHook('onRoute', (route) => {
    if (LARGE_BODY_ROUTES.has(route.url)) route.bodyLimit = limits.importBytes;
  });
}
