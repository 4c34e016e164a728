import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type EventStore, connectEventStoreDb, openSqliteEventStore } from '#event-store';
import { PersonalDataEventStore, resolveMasterKey, SqliteKeyStore } from '#privacy';
import type { Clock } from '#shared';
import type { AppConfig } from '../config/app-config.js';

/**
 * The event store every part of the app uses: the embedded default (SQLite in DATA_DIR) or
 * EventStoreDB, by EVENT_STORE, behind the personal-data layer that encrypts personal fields with
 * per-customer keys (DATA_DIR/keys.db) so that erasure is the destruction of a key (SPEC §7).
 */
export async function createEventStore(config: AppConfig, clock: Clock): Promise<PersonalDataEventStore> {
  mkdirSync(config.dataDir, { recursive: true });
  const keys = new SqliteKeyStore(join(config.dataDir, 'keys.db'), resolveMasterKey(config.dataKeyEncryptionKey, config.dataDir, config.production));
  return new PersonalDataEventStore(await openStore(config, clock), keys);
}

async function openStore(config: AppConfig, clock: Clock): Promise<EventStore> {
  if (config.eventStore === 'eventstoredb') {
    return connectEventStoreDb(config.eventStoreConnectionString as string, clock);
  }
  return openSqliteEventStore(join(config.dataDir, 'events.db'), clock);
}
