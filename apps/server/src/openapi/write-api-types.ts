import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config.js';
import { createApp } from '../create-app.js';
import { API_TYPES_FILE, apiTypesSource } from './api-types.js';
import { buildOpenApiDocument } from './openapi-document.js';

// `npm run api:types`, from the repository root: builds the app on a throwaway data directory (nothing listens)
// and writes the typed client's types from its OpenAPI document.
const dataDir = mkdtempSync(join(tmpdir(), 'dossier-api-types-'));
const app = await createApp(
  loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JWT_SECRET: 'api-types-secret-that-is-long-enough-0123456789',
    DATA_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    AUDIT_SIGNING_KEY: Buffer.alloc(32, 2).toString('base64'),
    ADMIN_USERNAME: 'admin',
    ADMIN_PASSWORD: 'api-types-admin-password',
    LOG_LEVEL: 'silent',
    ROLE: 'api',
  }),
);
try {
  writeFileSync(API_TYPES_FILE, await apiTypesSource(buildOpenApiDocument(app)));
} finally {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
