import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

// Dossier as `npm start` runs it (dist/apps/server/src/main.js), in a process of its own, so the load
// and the measurements come from another process than the one serving.

const BENCH_SECRET = 'bench-secret-that-is-long-enough-0123456789';
const BENCH_PASSWORD = 'bench-admin-password';

export interface ServerPlan {
  dataDir: string;
  role: 'all' | 'api';
  /** Extra environment (e.g. LOG_LEVEL). */
  env?: Record<string, string>;
}

export interface ServerProcess {
  url: string;
  token: string;
  pid: number;
  /** Resident memory (MB) of the server and its children (ROLE=all's worker), from /proc. */
  rssMb(): { server: number; children: number };
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }),
  );
}

const vmRssMb = (pid: number): number => {
  try {
    const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) / 1024 : 0;
  } catch {
    return 0;
  }
};

/** The pids whose parent is `pid` (field 4 of /proc/<pid>/stat, after the parenthesised name). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

export async function login(url: string, password = BENCH_PASSWORD): Promise<string | undefined> {
  const response = await fetch(`${url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  }).catch(() => undefined);
  return response?.status === 200 ? ((await response.json()) as { accessToken: string }).accessToken : undefined;
}

export async function startServer({ dataDir, role, env = {} }: ServerPlan): Promise<ServerProcess> {
  const port = await freePort();
  const main = fileURLToPath(new URL('../../apps/server/src/main.js', import.meta.url));
  const child: ChildProcess = fork(main, [], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      ROLE: role,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: BENCH_PASSWORD,
      JWT_SECRET: BENCH_SECRET,
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  let token: string | undefined;
  for (let tries = 0; !token; tries++) {
    if (tries > 1200 || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error('the server did not start');
    }
    token = await login(url);
    if (!token) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pid = child.pid as number;
  return {
    url,
    token,
    pid,
    rssMb: () => ({ server: vmRssMb(pid), children: childrenOf(pid).reduce((sum, c) => sum + vmRssMb(c), 0) }),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
