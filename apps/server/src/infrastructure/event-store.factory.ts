import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { type EventStore, connectEventStoreDb, openSqliteEventStore } from '#event-store';
import { PersonalDataEventStore, type KeyStore } from '#privacy';
import type { Clock } from '#shared';
import type { AppConfig } from '../config/app-config.js';
import { createKeyStore } from './key-store.factory.js';

/**
 * The event store every part of the app uses: the embedded default (SQLite in DATA_DIR) or
 * EventStoreDB, by EVENT_STORE, behind the personal-data layer that encrypts personal fields with
 * per-customer keys so that erasure is the destruction of a key (SPEC §7). Closing it closes `keys`.
 */
export async function createEventStore(config: AppConfig, clock: Clock, keys?: KeyStore): Promise<PersonalDataEventStore> {
  return new PersonalDataEventStore(await openStore(config, clock), keys ?? (await createKeyStore(config)));
}

async function openStore(config: AppConfig, clock: Clock): Promise<EventStore> {
  if (config.eventStore === 'eventstoredb') {
    // Nest's logger writes through the app's pino logger: retries become structured lines, not process warnings.
    const logger = new Logger('EventStoreDB');
    return connectEventStoreDb(config.eventStoreConnectionString as string, clock, { logger: { warn: (message) => logger.warn(message) } });
  }
  mkdirSync(config.dataDir, { recursive: true });
  return openSqliteEventStore(join(config.dataDir, 'events.db'), clock, { pollIntervalMs: config.eventPollMs });
}
