import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_PROJECTIONS } from '../../../../../libs/projections/src/index.js';
import type { ReadStore } from '../../../../../libs/read-store/src/index.js';
import { openSqliteReadStore } from '../../../../../libs/read-store/src/sqlite/sqlite-read-store.js';
import type { AppConfig } from '../../config/app-config.js';

/** The embedded default (DATA_DIR/read.db) or MongoDB, by READ_STORE; collections and indexes ready. */
export async function createReadStore(config: AppConfig): Promise<ReadStore> {
  let store: ReadStore;
  if (config.readStore === 'mongodb') {
    const { connectMongoReadStore } = await import('../../../../../libs/read-store/src/mongodb/mongodb-read-store.js');
    store = await connectMongoReadStore(config.mongodbUri as string, config.mongodbDb);
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    store = openSqliteReadStore(join(config.dataDir, 'read.db'));
  }
  await store.prepare(ALL_PROJECTIONS.flatMap((projection) => projection.collections));
  return store;
}
