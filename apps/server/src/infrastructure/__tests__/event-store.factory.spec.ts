import { Logger } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeyStore } from '#privacy';
import { ManualClock } from '#shared';
import { loadConfig } from '../../config/app-config.js';
import { createEventStore } from '../event-store.factory.js';

// Nothing listens on port 9: the client's connection fails as with a node that is down (unavailable),
// which the subscription retries.
describe('createEventStore with EVENT_STORE=eventstoredb', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dossier-event-store-factory-'));
  });
  const loggerWarn = Logger.prototype.warn;
  const emitWarning = process.emitWarning;
  afterEach(() => {
    Logger.prototype.warn = loggerWarn;
    process.emitWarning = emitWarning;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs subscription retries through the app logger, not as process warnings', async () => {
    const logged: unknown[] = [];
    const processWarnings: [unknown, unknown][] = [];
    Logger.prototype.warn = (message: unknown) => void logged.push(message);
    process.emitWarning = ((warning: unknown, type?: unknown) => void processWarnings.push([warning, type])) as typeof process.emitWarning;
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATA_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: 'esdb://127.0.0.1:9?tls=false',
      SINGLE_HOST: 'true',
    });
    const keys = { close: async () => undefined } as unknown as KeyStore;
    const store = await createEventStore(config, new ManualClock(new Date('2024-06-01T00:00:00Z')), keys);
    const subscription = store.subscribeToAll({});
    const iterating = (async () => {
      for await (const _event of subscription);
    })();
    for (let i = 0; i < 200 && logged.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    await subscription.close();
    await iterating.catch(() => undefined);
    await store.close();

    expect(logged[0]).toMatch(/^\$all subscription: .*resubscribing after position 0/);
    expect(processWarnings.filter(([, type]) => type === 'EventStoreDbSubscription')).toEqual([]);
  });
});
