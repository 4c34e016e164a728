// '#server' loads the Nest modules, whose decorators need the metadata API.
import 'reflect-metadata';
import { loadConfig, createEventStore } from '#server';
import type { EventStore } from '#event-store';
import { SystemClock } from '#shared';

/** Opens the same store the server uses (DATA_DIR, EVENT_STORE, …), runs `work`, and always closes it. */
export async function withEventStore<T>(work: (store: EventStore) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const store = await createEventStore(loadConfig(env), new SystemClock());
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
