import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '../../../../libs/event-store/src/index.js';
import { openSqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import type { Clock } from '../../../../libs/shared/src/clock.js';
import type { AppConfig } from '../config/app-config.js';

/** The embedded default (SQLite in DATA_DIR) or EventStoreDB, by EVENT_STORE. */
export async function createEventStore(config: AppConfig, clock: Clock): Promise<EventStore> {
  if (config.eventStore === 'eventstoredb') {
    const { connectEventStoreDb } = await import('../../../../libs/event-store/src/eventstoredb/eventstoredb-event-store.js');
    return connectEventStoreDb(config.eventStoreConnectionString as string, clock);
  }
  mkdirSync(config.dataDir, { recursive: true });
  return openSqliteEventStore(join(config.dataDir, 'events.db'), clock);
}
