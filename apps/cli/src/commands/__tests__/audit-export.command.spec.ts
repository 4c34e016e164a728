import { Command } from 'commander';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customerStream } from '#domain';
import { ExportSigningKey, checkSignedExport, publicKeyDocument } from '#audit';
import { openSqliteEventStore } from '#event-store';
import { resolveAuditSigningKey } from '#server';
import { ManualClock } from '#shared';
import { capturedOutput } from './captured-output.js';
import { register as registerExport } from '../audit-export.command.js';
import { register as registerVerify } from '../audit-verify-export.command.js';

const CUSTOMER_ID = '0b6c7a52-4c1e-4f4e-9d7c-3b1f5f2a9e01';

describe('audit:export and audit:verify-export', () => {
  let dataDir: string;
  const printed = capturedOutput();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    const store = openSqliteEventStore(join(dataDir, 'events.db'), new ManualClock(new Date('2024-05-01T08:00:00Z')));
    const metadata = { actorId: 'u1', actorRole: 'sales', correlationId: 'c', causationId: 'c', occurredAt: '2024-05-01T08:00:00.000Z', schemaVersion: 1 };
    await store.append(
      customerStream(CUSTOMER_ID),
      [
        { id: '00000000-0000-4000-8000-000000000001', type: 'CustomerRegistered', data: { customerId: CUSTOMER_ID, status: 'prospect' }, metadata },
        { id: '00000000-0000-4000-8000-000000000002', type: 'CustomerTagged', data: { customerId: CUSTOMER_ID, tag: 'vip', source: 'manual' }, metadata },
      ],
      'no_stream',
    );
    await store.close();
  });
  afterAll(() => {
    process.exitCode = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function run(...args: string[]): Promise<void> {
    const program = new Command().exitOverride().configureOutput({ writeErr: () => undefined });
    registerExport(program, { DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    registerVerify(program);
    await program.parseAsync(args, { from: 'user' });
  }

  it.each(['csv', 'json'])('writes a %s export whose checksum line matches', async (format) => {
    const out = join(dataDir, `export.${format}`);
    await run('audit:export', CUSTOMER_ID, '--format', format, '--out', out);
    const file = readFileSync(out, 'utf8');
    expect(checkSignedExport(file).valid).toBe(true);
    expect(file).toContain('CustomerTagged');
  });

  /** The public key as a third party would keep it: a PEM file, from the key the export was signed with. */
  function publicKeyFile(seed?: Buffer): string {
    const key = seed ? ExportSigningKey.fromSeed(seed) : resolveAuditSigningKey({ dataDir, auditSigningKey: undefined });
    const path = join(dataDir, seed ? 'other-key.pem' : 'audit-key.pem');
    writeFileSync(path, publicKeyDocument(key.publicKey).pem);
    return path;
  }

  it('verify-export says OK for an untouched file and INVALID (exit code 1) for an edited one', async () => {
    const out = join(dataDir, 'checked.csv');
    await run('audit:export', CUSTOMER_ID, '--out', out);
    await run('audit:verify-export', out, '--public-key', publicKeyFile());
    expect(printed.at(-1)).toMatch(/^OK .* signed by key [0-9a-f]{16}$/);
    expect(process.exitCode).toBeUndefined();

    writeFileSync(out, readFileSync(out, 'utf8').replace('vip', 'vop'));
    await run('audit:verify-export', out, '--public-key', publicKeyFile());
    expect(printed.at(-1)).toMatch(/^INVALID /);
    expect(process.exitCode).toBe(1);
  });

  it('verify-export refuses a signed export checked with another key, or with none', async () => {
    const out = join(dataDir, 'other.csv');
    await run('audit:export', CUSTOMER_ID, '--out', out);
    await run('audit:verify-export', out, '--public-key', publicKeyFile(Buffer.alloc(32, 3)));
    expect(printed.at(-1)).toMatch(/^INVALID .*signature/);
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    await run('audit:verify-export', out);
    expect(printed.at(-1)).toMatch(/^INVALID .*--public-key/);
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
  });

  it('verify-export fetches the public key from a URL such as GET /v1/audit/signing-key', async () => {
    const out = join(dataDir, 'by-url.csv');
    await run('audit:export', CUSTOMER_ID, '--out', out);
    const document = JSON.stringify(publicKeyDocument(resolveAuditSigningKey({ dataDir, auditSigningKey: undefined }).publicKey));
    const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(document));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await run('audit:verify-export', out, '--public-key', `http://127.0.0.1:${port}/v1/audit/signing-key`);
      expect(printed.at(-1)).toMatch(/^OK .* signed by key/);
      expect(process.exitCode).toBeUndefined();
    } finally {
      server.close();
    }
  });

  it('verify-export still checks a checksum-only export made before signing', async () => {
    const out = join(dataDir, 'legacy.csv');
    await run('audit:export', CUSTOMER_ID, '--out', out);
    const body = readFileSync(out, 'utf8').split('\n').slice(1).join('\n');
    writeFileSync(out, `# dossier-audit-export sha256=${createHash('sha256').update(body).digest('hex')}\n${body}`);
    await run('audit:verify-export', out);
    expect(printed.at(-1)).toMatch(/^OK .*checksum only/);
    expect(process.exitCode).toBeUndefined();
  });

  it('fails with not-found for an unknown customer', async () => {
    await expect(run('audit:export', '00000000-0000-4000-8000-000000000000')).rejects.toThrow(/not found/);
  });

  it('refuses an unknown format', async () => {
    await expect(run('audit:export', CUSTOMER_ID, '--format', 'xml')).rejects.toThrow();
  });
});
