import { ExportSigningKey } from '#audit';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../../config/app-config.js';

/**
 * AUDIT_SIGNING_KEY (base64 Ed25519 seed) when set; otherwise a seed generated on first start and
 * kept in DATA_DIR/.audit-signing-key (mode 600), so exports stay verifiable with the same public key
 * across restarts and from the CLI. Never logged.
 */
export function resolveAuditSigningKey(config: Pick<AppConfig, 'auditSigningKey' | 'dataDir'>): ExportSigningKey {
  if (config.auditSigningKey) return ExportSigningKey.fromSeed(Buffer.from(config.auditSigningKey, 'base64'));
  const file = join(config.dataDir, '.audit-signing-key');
  if (existsSync(file)) return ExportSigningKey.fromSeed(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
  mkdirSync(config.dataDir, { recursive: true });
  const seed = ExportSigningKey.newSeed();
  try {
    writeFileSync(file, seed.toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process (the CLI, a second replica) created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return resolveAuditSigningKey(config);
    throw error;
  }
  return ExportSigningKey.fromSeed(seed);
}
