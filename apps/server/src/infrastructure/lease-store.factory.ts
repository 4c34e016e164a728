import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { connectMongoLeaseStore, openSqliteLeaseStore, type LeaseStore } from '#leases';
import type { AppConfig } from '../config/app-config.js';

/**
 * Leases live where the read models do: every process on one DATA_DIR shares `leases.db`; with
 * READ_STORE=mongodb (the production layout, workers on several hosts) they live in MongoDB.
 */
export async function createLeaseStore(config: AppConfig): Promise<LeaseStore> {
  if (config.readStore === 'mongodb') return connectMongoLeaseStore(config.mongodbUri as string, config.mongodbDb);
  mkdirSync(config.dataDir, { recursive: true });
  return openSqliteLeaseStore(join(config.dataDir, 'leases.db'));
}
