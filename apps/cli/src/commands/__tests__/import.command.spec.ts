import { Command } from 'commander';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore } from '#event-store';
import { SystemClock } from '#shared';
import { capturedOutput } from './captured-output.js';
import { register as registerImport } from '../import.command.js';
import { register as registerUsersImport } from '../users-import.command.js';

describe('import and users:import', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-cli-import-'));
  const env = { DATA_DIR: dataDir, ADMIN_PASSWORD: 'admin-password-1', JWT_SECRET: 'cli-test-secret-that-is-long-enough-01', LOG_LEVEL: 'silent' };
  const printed = capturedOutput();

  const run = async (...args: string[]) => {
    const program = new Command().exitOverride();
    registerImport(program, env);
    registerUsersImport(program, env);
    await program.parseAsync(args, { from: 'user' });
    return JSON.parse(printed.join('\n')) as { created: number; rejected: { row: number; errors: { field: string }[] }[] };
  };
  const customerEvents = async () => {
    const store = openSqliteEventStore(join(dataDir, 'events.db'), new SystemClock());
    const events = await store.readAll({ streamPrefixes: ['customer-'], limit: 1000 });
    await store.close();
    return events.length;
  };

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates users row by row and reports the invalid ones (exit code 2)', async () => {
    writeFileSync(join(dataDir, 'users.csv'), 'username,password,role,teamId\nli.lei,long-enough-pw-1,sales,north\nx,short,sales,\n');
    const report = await run('users:import', join(dataDir, 'users.csv'));
    expect(report.created).toBe(1);
    expect(report.rejected).toEqual([{ row: 2, errors: [expect.objectContaining({ field: 'username' }), expect.objectContaining({ field: 'password' })] }]);
    expect(process.exitCode).toBe(2);
  });

  it('imports customers as the given user, and the same file again registers nobody twice', async () => {
    const csv =
      'name,type,contact.phone,industry,region,source\nAcme One,enterprise,13800000001,internet,HB,online\nBad Row,enterprise,13800000002,internet,hb,online\n';
    writeFileSync(join(dataDir, 'customers.csv'), csv);
    const first = await run('import', join(dataDir, 'customers.csv'), '--as', 'li.lei');
    expect(first.created).toBe(1);
    expect(first.rejected).toEqual([{ row: 2, errors: [expect.objectContaining({ field: 'region' })] }]);
    expect(await customerEvents()).toBe(1);
    printed.length = 0;
    await run('import', join(dataDir, 'customers.csv'), '--as', 'li.lei');
    expect(await customerEvents()).toBe(1);
  });
});
