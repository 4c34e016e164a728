import { Command } from 'commander';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyPassword } from '#auth';
import { openSqliteEventStore } from '#event-store';
import { SystemClock } from '#shared';
import { capturedOutput } from './captured-output.js';
import { register } from '../users-import.command.js';

describe('users:import passwords', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-cli-users-'));
  const env = { DATA_DIR: dataDir, ADMIN_PASSWORD: 'admin-password-1', JWT_SECRET: 'cli-test-secret-that-is-long-enough-01', LOG_LEVEL: 'silent' };
  const printed = capturedOutput();

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('generates a password for a row without one, prints it once in the report, and asks for a change at first login', async () => {
    writeFileSync(join(dataDir, 'users.csv'), 'username,password,role,teamId\nhan.meimei,,service,north\n');
    const program = new Command().exitOverride();
    register(program, env);
    await program.parseAsync(['users:import', join(dataDir, 'users.csv')], { from: 'user' });

    const report = JSON.parse(printed.join('\n')) as { created: number; generatedPasswords: { row: number; username: string; password: string }[] };
    expect(report.created).toBe(1);
    expect(report.generatedPasswords).toEqual([{ row: 1, username: 'han.meimei', password: expect.stringMatching(/^[\w-]{24}$/) }]);
    const store = openSqliteEventStore(join(dataDir, 'events.db'), new SystemClock());
    const [created] = (await store.readAll({ types: ['UserCreated'], limit: 10 })).filter((e) => e.data.username === 'han.meimei');
    await store.close();
    expect(created.data.mustChangePassword).toBe(true);
    expect(await verifyPassword(report.generatedPasswords[0].password, String(created.data.passwordHash))).toBe(true);
  });

  it('refuses a weak password in a row, naming password', async () => {
    writeFileSync(join(dataDir, 'weak.csv'), 'username,password,role\nweak.row,password1234,sales\n');
    const program = new Command().exitOverride();
    register(program, env);
    await program.parseAsync(['users:import', join(dataDir, 'weak.csv')], { from: 'user' });
    const report = JSON.parse(printed.join('\n')) as { created: number; rejected: unknown[] };
    expect(report).toEqual({ created: 0, rejected: [{ row: 1, errors: [{ field: 'password', message: expect.stringMatching(/^password is too weak/) }] }] });
    expect(process.exitCode).toBe(2);
  });
});
