import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig, createApp, type CreateAppOptions } from '#server';
import { CUSTOMER_STREAM_PREFIX, type Role } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { Clock } from '#shared';
import { bearer } from './bearer.js';

export const ADMIN = { username: 'admin', password: 'admin-password-123' };

export interface TestUser {
  id: string;
  username: string;
  password: string;
  role: Role;
  token: string;
}

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<NestFastifyApplication['getHttpServer']>;
  dataDir: string;
  adminToken: string;
  login(username: string, password: string): Promise<string>;
  /** Newest position in the event store: pass it as X-Min-Position to read what was just written. */
  headPosition(): Promise<number>;
  /** Whether any customer event (the feed of projections and sagas) lies after `position`: 0 or 1. */
  customerEventsAfter(position: number): Promise<number>;
  createUser(role: Role, teamId?: string): Promise<TestUser>;
  /** Registers a customer owned by `owner` (customerBody with these overrides), expecting 201. */
  registerCustomer(owner: { token: string }, overrides?: Record<string, unknown>): Promise<RegisteredCustomer>;
  /** Stops the app; the data directory stays for a restart unless `removeData`. */
  close(options?: { removeData?: boolean }): Promise<void>;
}

interface RegisteredCustomer {
  id: string;
  revision: number;
  position: number;
}

export interface TestAppOptions {
  dataDir?: string;
  clock?: Clock;
  env?: Record<string, string>;
  /** Receives the app's JSON log lines (set LOG_LEVEL in env too: the default is silent). */
  logDestination?: CreateAppOptions['logDestination'];
}

let userCounter = 0;

/** The real app (real SQLite stores in a temp DATA_DIR), started in-process for supertest. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: 'e2e-secret-that-is-long-enough-0123456789',
    DATA_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    AUDIT_SIGNING_KEY: Buffer.alloc(32, 9).toString('base64'),
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '1000',
    ...options.env,
  });
  const app = await createApp(config, options.clock, { logDestination: options.logDestination });
  const http = app.getHttpServer();

  const login = async (username: string, password: string): Promise<string> => {
    const response = await request(http).post('/v1/auth/login').send({ username, password }).expect(200);
    return response.body.accessToken as string;
  };
  const adminToken = await login(ADMIN.username, ADMIN.password);

  const store = app.get<EventStore>(EVENT_STORE);
  return {
    app,
    http,
    dataDir,
    adminToken,
    login,
    headPosition: () => store.headPosition(),
    customerEventsAfter: async (position) => (await store.readAll({ after: position, streamPrefixes: [CUSTOMER_STREAM_PREFIX], limit: 1 })).length,
    async createUser(role, teamId) {
      const username = `${role}-${process.pid}-${++userCounter}`;
      const password = `pw-${username}-secret`;
      const created = await request(http)
        .post('/v1/users')
        .set(bearer(adminToken))
        .send({ username, password, role, ...(teamId ? { teamId } : {}) })
        .expect(201);
      return { id: created.body.id as string, username, password, role, token: await login(username, password) };
    },
    async registerCustomer(owner, overrides = {}) {
      const created = await request(http).post('/v1/customers').set(bearer(owner)).send(customerBody(overrides)).expect(201);
      return created.body as RegisteredCustomer;
    },
    async close({ removeData = false } = {}) {
      await app.close();
      if (removeData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A valid registration body; override any field. */
export function customerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const unique = Math.random().toString(36).slice(2, 8);
  return {
    name: `Acme ${unique}`,
    type: 'enterprise',
    contact: { name: 'Zhang San', phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, email: `z.${unique}@example.com` },
    industry: 'internet',
    region: 'HB',
    source: 'referral',
    size: 'medium',
    ...overrides,
  };
}
