// app-config's class-transformer decorators read design-time metadata.
import 'reflect-metadata';
import { loadConfig } from '../../server/src/config/app-config.js';
import { createEventStore } from '../../server/src/infrastructure/event-store.factory.js';
import type { EventStore } from '../../../libs/event-store/src/index.js';
import { SystemClock } from '../../../libs/shared/src/clock.js';

/** Opens the same store the server uses (DATA_DIR, EVENT_STORE, …), runs `work`, and always closes it. */
export async function withEventStore<T>(work: (store: EventStore) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const store = await createEventStore(loadConfig(env), new SystemClock());
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
