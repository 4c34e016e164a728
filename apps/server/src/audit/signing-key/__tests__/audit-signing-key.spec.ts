import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExportSigningKey } from '#audit';
import { resolveAuditSigningKey } from '../audit-signing-key.js';

describe('resolveAuditSigningKey', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dossier-signing-key-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('uses AUDIT_SIGNING_KEY when set, writing nothing', () => {
    const seed = Buffer.alloc(32, 4);
    expect(resolveAuditSigningKey({ dataDir, auditSigningKey: seed.toString('base64') }).keyId).toBe(ExportSigningKey.fromSeed(seed).keyId);
    expect(() => statSync(join(dataDir, '.audit-signing-key'))).toThrow();
  });

  it('otherwise generates a key on first start, kept in DATA_DIR with mode 600, and the same one afterwards', () => {
    const first = resolveAuditSigningKey({ dataDir, auditSigningKey: undefined });
    expect(statSync(join(dataDir, '.audit-signing-key')).mode & 0o777).toBe(0o600);
    expect(resolveAuditSigningKey({ dataDir, auditSigningKey: undefined }).keyId).toBe(first.keyId);
  });
});
