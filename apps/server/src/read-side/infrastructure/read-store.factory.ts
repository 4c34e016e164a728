import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_PROJECTIONS } from '#projections';
import { type ReadStore, connectMongoReadStore, openSqliteReadStore } from '#read-store';
import type { AppConfig } from '../../config/app-config.js';

/** The embedded default (DATA_DIR/read.db) or MongoDB, by READ_STORE; collections and indexes ready. */
export async function createReadStore(config: AppConfig): Promise<ReadStore> {
  let store: ReadStore;
  if (config.readStore === 'mongodb') {
    store = await connectMongoReadStore(config.mongodbUri as string, config.mongodbDb);
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    store = openSqliteReadStore(join(config.dataDir, 'read.db'));
  }
  await store.prepare(ALL_PROJECTIONS.flatMap((projection) => projection.collections));
  return store;
}
