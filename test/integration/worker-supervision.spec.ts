import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm start` with ROLE=all: main.ts serves HTTP and forks the workers into a child it supervises.
// The test starts the real entry point, finds the two processes, SIGKILLs the worker child and sees it
// restarted with the projections catching up (read-your-writes across the process boundary), then
// SIGTERMs the parent and sees both gone.

interface LogLine {
  pid: number;
  msg?: string;
  workerPid?: number;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const parentOf = (pid: number): number => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('ROLE=all: HTTP in the main process, the workers in a supervised child', () => {
  let dir: string;
  let server: ChildProcess | undefined;
  const lines: LogLine[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-supervision-'));
  });

  afterAll(() => {
    for (const line of lines) if (line.workerPid && alive(line.workerPid)) process.kill(line.workerPid, 'SIGKILL');
    if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs two processes, restarts a killed worker whose projections then catch up, and stops both on SIGTERM', async () => {
    server = fork(fileURLToPath(new URL('../../apps/server/src/main.ts', import.meta.url)), [], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'test',
        ROLE: 'all',
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dir,
        LEASE_TTL_MS: '500',
        JWT_SECRET: 'supervision-secret-that-is-long-enough-0123456789',
        ADMIN_PASSWORD: 'admin-password-123',
        LOG_LEVEL: 'info',
      },
      execArgv: ['--conditions=source', '--import', fileURLToPath(new URL('./support/ts-loader.mjs', import.meta.url))],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let buffered = '';
    server.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const text of complete) if (text.startsWith('{')) lines.push(JSON.parse(text) as LogLine);
    });
    const parentPid = server.pid as number;
    const url = await waitFor(
      () =>
        lines
          .find((l) => l.pid === parentPid && l.msg?.startsWith('Server listening at'))
          ?.msg?.split(' ')
          .pop(),
      'the server to listen',
    );
    const workerStarts = () => lines.filter((l) => l.msg?.startsWith('Worker process started')).map((l) => l.workerPid as number);
    const [worker] = await waitFor(() => (workerStarts().length > 0 ? workerStarts() : undefined), 'the worker to start');
    expect(worker).not.toBe(parentPid);
    expect(parentOf(worker)).toBe(parentPid);
    // Its log lines reach the same stdout, as JSON.
    await waitFor(() => lines.some((l) => l.pid === worker), 'a log line of the worker');

    const call = async (path: string, init: { token?: string; body?: unknown; minPosition?: number } = {}) => {
      const response = await fetch(url + path, {
        method: init.body === undefined ? 'GET' : 'POST',
        headers: {
          'content-type': 'application/json',
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...(init.minPosition ? { 'x-min-position': String(init.minPosition) } : {}),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const token = (await call('/v1/auth/login', { body: { username: 'admin', password: 'admin-password-123' } })).body.accessToken as string;
    const register = async (name: string) =>
      (
        await call('/v1/customers', {
          token,
          body: { name, type: 'enterprise', contact: { phone: '13900001111' }, industry: 'internet', region: 'HB', source: 'online' },
        })
      ).body as { id: string; position: number };
    const readBack = async ({ id, position }: { id: string; position: number }) => call(`/v1/customers/${id}`, { token, minPosition: position });

    const first = await register('Before the kill');
    expect(await readBack(first)).toMatchObject({ status: 200, body: { id: first.id, name: 'Before the kill' } });

    process.kill(worker, 'SIGKILL');
    const restarted = await waitFor(() => workerStarts().find((pid) => pid !== worker), 'the worker to be restarted');
    expect(parentOf(restarted)).toBe(parentPid);
    expect(lines.some((l) => l.pid === parentPid && l.msg === 'Worker process died; restarting it')).toBe(true);
    const second = await register('After the kill');
    // While the new worker boots and takes the leases over, the read answers 503 (Retry-After), then catches up.
    const caughtUp = await waitFor(async () => {
      const read = await readBack(second);
      return read.status === 503 ? undefined : read;
    }, 'the restarted worker to project the new customer');
    expect(caughtUp).toMatchObject({ status: 200, body: { id: second.id, name: 'After the kill' } });

    const exited = new Promise<number | null>((resolve) => server?.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(alive(restarted)).toBe(false);
  }, 90_000);
});
