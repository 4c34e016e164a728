import { Command } from 'commander';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customerStream } from '#domain';
import { checkSignedExport } from '#audit';
import { openSqliteEventStore } from '#event-store';
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

  it('verify-export says OK for an untouched file and INVALID (exit code 1) for an edited one', async () => {
    const out = join(dataDir, 'checked.csv');
    await run('audit:export', CUSTOMER_ID, '--out', out);
    await run('audit:verify-export', out);
    expect(printed.at(-1)).toMatch(/^OK /);
    expect(process.exitCode).toBeUndefined();

    const { writeFileSync } = await import('node:fs');
    writeFileSync(out, readFileSync(out, 'utf8').replace('vip', 'vop'));
    await run('audit:verify-export', out);
    expect(printed.at(-1)).toMatch(/^INVALID /);
    expect(process.exitCode).toBe(1);
  });

  it('fails with not-found for an unknown customer', async () => {
    await expect(run('audit:export', '00000000-0000-4000-8000-000000000000')).rejects.toThrow(/not found/);
  });

  it('refuses an unknown format', async () => {
    await expect(run('audit:export', CUSTOMER_ID, '--format', 'xml')).rejects.toThrow();
  });
});
