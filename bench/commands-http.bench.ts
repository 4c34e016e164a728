import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, createApp } from '#server';
import { registrationBody, type LoadPlan, type LoadResult } from './support/load-generator.js';
import { printFigure } from './support/report.js';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CUSTOMERS = 200;

/** Drives the load from a separate process, as SPEC §9's autocannon baseline did. */
function fire(plan: Omit<LoadPlan, 'connections' | 'durationSeconds'>): Promise<LoadResult> {
  const child = fork(fileURLToPath(new URL('./support/load-generator.js', import.meta.url)));
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load generator exited with ${code}`))));
    child.send({ ...plan, connections: CONNECTIONS, durationSeconds: DURATION_S });
  });
}

/** The baseline of SPEC §9: a bare Fastify route doing one better-sqlite3 insert per request. */
async function bareFastifyBaseline(dir: string): Promise<LoadResult> {
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

/** Register + follow-ups mix (1:4) through the whole stack: auth, validation, pipeline, SQLite event store. */
async function dossierCommands(dir: string, role: 'all' | 'api'): Promise<LoadResult> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: join(dir, role),
    ROLE: role,
    ADMIN_PASSWORD: 'bench-admin-password',
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'silent',
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  try {
    const post = (path: string, body: unknown, token?: string) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    const { accessToken } = (await post('/v1/auth/login', { username: 'admin', password: 'bench-admin-password' })) as { accessToken: string };
    const ids: string[] = [];
    for (let i = 0; i < CUSTOMERS; i++) ids.push(((await post('/v1/customers', JSON.parse(registrationBody()), accessToken)) as { id: string }).id);
    return await fire({ url, mix: 'commands', token: accessToken, customerIds: ids });
  } finally {
    await app.close();
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-http-'));
  try {
    const baseline = await bareFastifyBaseline(dir);
    // ROLE=all is the one-process default (projections, webhooks and sagas share the core);
    // ROLE=api shows the command path alone, as an API replica beside a worker would run it.
    const roles = (process.env.BENCH_ROLES ?? 'all,api').split(',') as ('all' | 'api')[];
    for (const role of roles) {
      const dossier = await dossierCommands(dir, role);
      const label = `commands over HTTP, ROLE=${role}`;
      printFigure({
        name: `${label}: throughput`,
        value: dossier.requestsPerSecond,
        unit: 'req/s',
        baseline: baseline.requestsPerSecond,
        baselineName: 'bare Fastify+insert',
        better: 'higher',
        target: '≥ 0.8×',
      });
      printFigure({
        name: `${label}: p99 latency`,
        value: dossier.p99,
        unit: 'ms',
        baseline: baseline.p99,
        baselineName: 'bare Fastify+insert',
        better: 'lower',
        target: '≤ 1.5×',
      });
      if (dossier.errors > 0) console.log(`  (${dossier.errors} non-2xx or failed requests during the ROLE=${role} run)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
