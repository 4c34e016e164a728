import { Command } from 'commander';
import iconv from 'iconv-lite';
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
    return JSON.parse(printed.join('\n')) as {
      created: number;
      skipped: number;
      rejected: { row: number; errors: { field: string }[] }[];
      rows: number;
      rowsPerSecond: number;
    };
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
      'name,type,contact.phone,industry,region,source\nAcme One,enterprise,13800000001,internet,HB,online\nBad Row,enterprise,13800000002,internet,h1,online\n';
    writeFileSync(join(dataDir, 'customers.csv'), csv);
    const first = await run('import', join(dataDir, 'customers.csv'), '--as', 'li.lei');
    expect(first.created).toBe(1);
    expect(first.rejected).toEqual([{ row: 2, errors: [expect.objectContaining({ field: 'region' })] }]);
    expect(await customerEvents()).toBe(1);
    printed.length = 0;
    const again = await run('import', join(dataDir, 'customers.csv'), '--as', 'li.lei');
    expect(again).toMatchObject({ created: 0, skipped: 1, rows: 2 });
    expect(await customerEvents()).toBe(1);
  });

  it('reads a GBK file with Chinese headers, detected or named by --encoding, and reports rows/s', async () => {
    const gbk = (n: number) =>
      iconv.encode(`客户名称,手机号码,所属行业,客户类型,来源渠道,地区\n天津制造有限公司${n},1370000000${n},制造,企业,展会,华北\n`, 'gbk');
    writeFileSync(join(dataDir, 'detected.csv'), gbk(1));
    const detected = await run('import', join(dataDir, 'detected.csv'), '--as', 'li.lei');
    expect(detected).toMatchObject({ created: 1, skipped: 0, rejected: [], rows: 1 });
    expect(detected.rowsPerSecond).toBeGreaterThan(0);
    printed.length = 0;
    writeFileSync(join(dataDir, 'named.csv'), gbk(2));
    expect(await run('import', join(dataDir, 'named.csv'), '--as', 'li.lei', '--encoding', 'gbk')).toMatchObject({ created: 1, rejected: [] });
    // Read as UTF-8 against what it is, the Chinese headers are no customer fields: refused whole, nothing imported.
    printed.length = 0;
    writeFileSync(join(dataDir, 'misnamed.csv'), gbk(3));
    await expect(run('import', join(dataDir, 'misnamed.csv'), '--as', 'li.lei', '--encoding', 'latin1')).rejects.toThrow(/column/);
    expect(await customerEvents()).toBe(3);
  });
});
