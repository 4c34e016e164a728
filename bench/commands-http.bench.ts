import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../apps/server/src/config/app-config.js';
import { createApp } from '../apps/server/src/create-app.js';
import { printFigure } from './support/report.js';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CUSTOMERS = 200;

interface Load {
  requestsPerSecond: number;
  p99: number;
  errors: number;
}

function fire(url: string, requests: autocannon.Request[], headers: Record<string, string>): Promise<Load> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, requests, headers }, (error, result) => {
      if (error) return reject(error);
      resolve({ requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx });
    });
  });
}

/** The baseline of SPEC §9: a bare Fastify route doing one better-sqlite3 insert per request. */
async function bareFastifyBaseline(dir: string): Promise<Load> {
  const db = new Database(join(dir, 'bare.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT)');
  const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
  const server = Fastify();
  server.post('/rows', async (request) => ({ id: Number(insert.run(JSON.stringify(request.body)).lastInsertRowid) }));
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await fire(url, [{ method: 'POST', path: '/rows', body: JSON.stringify({ content: 'called about the renewal' }) }], { 'content-type': 'application/json' });
  } finally {
    await server.close();
    db.close();
  }
}

function registration(): string {
  const unique = randomUUID().slice(0, 8);
  return JSON.stringify({
    name: `Bench ${unique}`,
    type: 'enterprise',
    contact: { phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, email: `b.${unique}@example.com` },
    industry: 'internet',
    region: 'HB',
    source: 'online',
  });
}

/** Register + follow-ups mix (1:4) through the whole stack: auth, validation, pipeline, SQLite event store. */
async function dossierCommands(dir: string): Promise<Load> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, ADMIN_PASSWORD: 'bench-admin-password', JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789', LOG_LEVEL: 'silent' });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  try {
    const post = (path: string, body: unknown, token?: string) =>
      fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) }).then((r) => r.json());
    const { accessToken } = (await post('/v1/auth/login', { username: 'admin', password: 'bench-admin-password' })) as { accessToken: string };
    const ids: string[] = [];
    for (let i = 0; i < CUSTOMERS; i++) ids.push(((await post('/v1/customers', JSON.parse(registration()), accessToken)) as { id: string }).id);
    const followUp = JSON.stringify({ method: 'phone', content: 'called about the renewal', result: 'interested' });
    const followUpRequest = (): autocannon.Request => ({
      method: 'POST',
      setupRequest: (request) => ({ ...request, path: `/v1/customers/${ids[Math.floor(Math.random() * ids.length)]}/follow-ups`, body: followUp }),
    });
    const requests: autocannon.Request[] = [
      { method: 'POST', path: '/v1/customers', setupRequest: (request) => ({ ...request, body: registration() }) },
      followUpRequest(),
      followUpRequest(),
      followUpRequest(),
      followUpRequest(),
    ];
    return await fire(url, requests, { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` });
  } finally {
    await app.close();
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-http-'));
  try {
    const baseline = await bareFastifyBaseline(dir);
    const dossier = await dossierCommands(dir);
    const label = `commands over HTTP, ${CONNECTIONS} conns`;
    printFigure({ name: `${label}: throughput`, value: dossier.requestsPerSecond, unit: 'req/s', baseline: baseline.requestsPerSecond, baselineName: 'bare Fastify+insert', better: 'higher', target: '≥ 0.8×' });
    printFigure({ name: `${label}: p99 latency`, value: dossier.p99, unit: 'ms', baseline: baseline.p99, baselineName: 'bare Fastify+insert', better: 'lower', target: '≤ 1.5×' });
    if (dossier.errors > 0) console.log(`  (${dossier.errors} non-2xx or failed requests during the Dossier run)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
