import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { problem, PROBLEM_CONTENT_TYPE } from '../http/problem.js';

export interface ConsoleStaticOptions {
  /** The console's build (`vite build` output): index.html and assets/. */
  directory: string;
}

// The console's own scripts and styles from this origin, never inline scripts; inline styles stay allowed
// for the charts, which set style attributes; data:/blob: images for chart PNGs, blob: for downloads.
const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Vite names every built asset by its content hash, so a year of caching is safe; index.html names the current ones. */
const HASHED = /^assets\//;

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * GET /console, /console/ and /console/*: the built console, outside Nest (no guard or bearer precheck
 * applies: it is public, and every call it makes to /v1 is checked as usual). A path that is not a built
 * file but looks like a route answers index.html; a missing build answers 404 saying how to build it.
 */
export async function registerConsoleStatic(fastify: FastifyInstance, options: ConsoleStaticOptions): Promise<void> {
  const root = resolve(options.directory);
  await fastify.register(async (scope) => {
    await scope.register(fastifyStatic, { root, serve: false });

    const notFound = (request: FastifyRequest, reply: FastifyReply, code: string, title: string, detail: string) =>
      reply
        .code(404)
        .type(PROBLEM_CONTENT_TYPE)
        .send(problem(404, code, title, detail, { instance: request.url.split('?')[0] }));

    const serve = async (request: FastifyRequest<{ Params: { '*'?: string } }>, reply: FastifyReply) => {
      const wanted = decodeURIComponent(request.params['*'] ?? '');
      const path = resolve(root, wanted);
      const inside = relative(root, path);
      if (inside.startsWith('..') || isAbsolute(inside)) return notFound(request, reply, 'not-found', 'Not found', 'No such console file');
      reply.header('content-security-policy', CONSOLE_CSP);
      if (inside !== '' && isFile(path)) {
        return HASHED.test(inside) ? reply.sendFile(inside, root, { maxAge: '365d', immutable: true }) : sendUncached(reply, inside, root);
      }
      if (extname(inside) !== '') return notFound(request, reply, 'not-found', 'Not found', `The console has no file ${wanted}`);
      if (!isFile(resolve(root, 'index.html'))) {
        return notFound(request, reply, 'console-not-built', 'Console not built', `The console has not been built into ${root}: run npm run build`);
      }
      return sendUncached(reply, 'index.html', root);
    };

    scope.get('/console', serve);
    scope.get('/console/*', serve);
  });
}

function sendUncached(reply: FastifyReply, file: string, root: string) {
  return reply.header('cache-control', 'no-cache').sendFile(file, root, { cacheControl: false });
}
