import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

/**
 * Helmet's default CSP (scripts and styles from this origin, inline styles, data: images) is what
 * the Swagger UI at /docs needs: it loads its bundle, preset and init script as files, never inline.
 */
const HELMET_OPTIONS = {
  global: true,
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
  },
};

/**
 * The headers helmet adds to an answer, read off one real answer of a throwaway instance on a
 * loopback port (light-my-request's inject would do, but not under the test runner's ESM loader).
 */
async function helmetHeaders(): Promise<Record<string, string>> {
  const answer = async (withHelmet: boolean): Promise<Headers> => {
    const probe = Fastify();
    if (withHelmet) await probe.register(helmet, HELMET_OPTIONS);
    probe.get('/', async () => '');
    try {
      const response = await fetch(await probe.listen({ port: 0, host: '127.0.0.1' }));
      await response.arrayBuffer();
      return response.headers;
    } finally {
      await probe.close();
    }
  };
  const [plain, secured] = await Promise.all([answer(false), answer(true)]);
  return Object.fromEntries([...secured].filter(([name]) => !plain.has(name)));
}

/**
 * Helmet's headers on every answer. They are the same for every request (no CSP nonces), yet
 * @fastify/helmet rebuilds helmet and re-parses the CSP per request (about 3% of a command's CPU
 * under load): set the headers it computes, computed once.
 */
export async function registerSecurityHeaders(fastify: FastifyInstance): Promise<void> {
  const headers = Object.entries(await helmetHeaders());
  fastify.addHook('onRequest', (_request, reply, done) => {
    // On the raw response, as helmet does, so that hijacked answers (the SSE feed) carry them too.
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
