import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registrationBody, type LoadPlan, type LoadResult } from './support/load-generator.js';
import { startNestCrudPeer } from './support/nest-crud-peer.js';
import { printFigure } from './support/report.js';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CUSTOMERS = 200;
const SECRET = 'bench-secret-that-is-long-enough-0123456789';
const PASSWORD = 'bench-admin-password';

/** Drives the load from a separate process, as SPEC §9's autocannon baseline did. */
function fire(plan: Omit<LoadPlan, 'connections' | 'durationSeconds'>): Promise<LoadResult> {
  const child = fork(fileURLToPath(new URL('./support/load-generator.js', import.meta.url)));
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load generator exited with ${code}`))));
    child.send({ ...plan, connections: CONNECTIONS, durationSeconds: DURATION_S });
  });
}

const post = (url: string, path: string, body: unknown, token?: string) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

async function registerCustomers(url: string, token: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < CUSTOMERS; i++) ids.push(((await (await post(url, '/v1/customers', JSON.parse(registrationBody()), token)).json()) as { id: string }).id);
  return ids;
}

/** The physical limit of this HTTP stack: a bare Fastify route doing one better-sqlite3 insert per request. */
async function bareFastify(dir: string): Promise<LoadResult> {
  const db = new Database(join(dir, 'bare.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT)');
  const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
  const server = Fastify();
  server.post('/rows', async (request) => ({ id: Number(insert.run(JSON.stringify(request.body)).lastInsertRowid) }));
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await fire({ url, mix: 'bare' });
  } finally {
    await server.close();
    db.close();
  }
}

/** The same requests through the plain NestJS CRUD app (bench/support/nest-crud-peer.ts). */
async function nestCrudPeer(dir: string): Promise<LoadResult> {
  const peer = await startNestCrudPeer(dir, SECRET);
  try {
    return await fire({ url: peer.url, mix: 'commands', token: peer.token, customerIds: await registerCustomers(peer.url, peer.token) });
  } finally {
    await peer.close();
  }
}

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }),
  );
}

/** `all-inline`: ROLE=all with WORKER_PROCESS=false (one process), for comparison (BENCH_ROLES=all,all-inline). */
type Layout = 'all' | 'api' | 'all-inline';

/**
 * Dossier as `npm start` runs it: dist/apps/server/src/main.js in a process of its own (ROLE=all forks
 * its worker child). BENCH_SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) go to both.
 */
async function dossier(dir: string, layout: Layout): Promise<LoadResult> {
  const role = layout === 'all-inline' ? 'all' : layout;
  const port = await freePort();
  // BENCH_SERVER_MAIN: another build's main.js (a before/after comparison in the same run).
  const main = process.env.BENCH_SERVER_MAIN ?? fileURLToPath(new URL('../apps/server/src/main.js', import.meta.url));
  const server: ChildProcess = fork(main, [], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      ROLE: role,
      WORKER_PROCESS: String(layout !== 'all-inline'),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(dir, layout),
      ADMIN_PASSWORD: PASSWORD,
      JWT_SECRET: SECRET,
      LOG_LEVEL: 'warn',
    },
    execArgv: (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    let token: string | undefined;
    for (let tries = 0; !token; tries++) {
      if (tries > 600) throw new Error('the server did not start');
      const login = await post(url, '/v1/auth/login', { username: 'admin', password: PASSWORD }).catch(() => undefined);
      if (login?.status === 200) token = ((await login.json()) as { accessToken: string }).accessToken;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return await fire({ url, mix: 'commands', token, customerIds: await registerCustomers(url, token) });
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-http-'));
  try {
    const bare = await bareFastify(dir);
    const peer = await nestCrudPeer(dir);
    printFigure({
      name: 'Nest CRUD peer: throughput',
      value: peer.requestsPerSecond,
      unit: 'req/s',
      baseline: bare.requestsPerSecond,
      baselineName: 'bare Fastify+insert',
      better: 'higher',
    });
    const layouts = (process.env.BENCH_ROLES ?? 'all,api').split(',') as Layout[];
    for (const layout of layouts) {
      const measured = await dossier(dir, layout);
      const role = layout === 'all-inline' ? 'all, WORKER_PROCESS=false' : layout;
      // The targets are ROLE=all's, the one-command default; ROLE=api (HTTP alone) is shown beside it.
      const targeted = layout === 'all';
      const label = `commands over HTTP, ROLE=${role}`;
      printFigure({
        name: `${label}: throughput`,
        value: measured.requestsPerSecond,
        unit: 'req/s',
        baseline: peer.requestsPerSecond,
        baselineName: 'Nest CRUD peer',
        better: 'higher',
        ...(targeted ? { target: '≥ 1.0×' } : {}),
      });
      printFigure({
        name: `${label}: p99 latency`,
        value: measured.p99,
        unit: 'ms',
        baseline: peer.p99,
        baselineName: 'Nest CRUD peer',
        better: 'lower',
        ...(targeted ? { target: '≤ 1.5×' } : {}),
      });
      printFigure({
        name: `${label}: throughput vs the bare limit`,
        value: measured.requestsPerSecond,
        unit: 'req/s',
        baseline: bare.requestsPerSecond,
        baselineName: 'bare Fastify+insert',
        better: 'higher',
      });
      if (measured.errors > 0) console.log(`  (${measured.errors} non-2xx or failed requests during the ROLE=${role} run)`);
    }
    console.log(`  (p99: bare ${bare.p99} ms, Nest CRUD peer ${peer.p99} ms${peer.errors > 0 ? `, peer errors ${peer.errors}` : ''})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
