import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bulkSeedSqlite } from '#seed';
import { type EventStore, openSqliteEventStore } from '#event-store';
import { ALL_PROJECTIONS, ProjectionRunner, readModelDigest, rebuildProjections } from '#projections';
import { type ReadStore, openSqliteReadStore } from '#read-store';
import { SystemClock } from '#shared';

// A projection process killed with SIGKILL in the middle of a batch: each batch's writes and its
// checkpoint commit together, so the restarted runners resume from the last whole batch and end
// with exactly what a clean rebuild of the same events gives.

const CUSTOMERS = 1500;

async function waitForHead(runners: ProjectionRunner[], head: number): Promise<void> {
  for (let i = 0; i < 500 && runners.some((r) => r.status().position < head); i += 1) await new Promise((r) => setTimeout(r, 10));
}

function runWorkerUntilFrozen(dataDir: string, hangAt: number): Promise<number> {
  const child = fork(fileURLToPath(new URL('./support/projection-worker.ts', import.meta.url)), [], {
    env: { ...process.env, DATA_DIR: dataDir, HANG_AT_POSITION: String(hangAt), NODE_OPTIONS: '' },
    // '--conditions=source' makes the '#lib' imports resolve to the TypeScript sources, as in jest.
    execArgv: ['--conditions=source', '--import', fileURLToPath(new URL('./support/ts-loader.mjs', import.meta.url))],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { frozenAt: number }) => {
      child.kill('SIGKILL');
      child.once('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(message.frozenAt) : reject(new Error(`worker ended with ${signal}`))));
    });
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`worker exited early (code ${code}, signal ${signal})`));
    });
  });
}

describe('Projections killed mid-batch (separate process, SIGKILL)', () => {
  let dir: string;
  let events: EventStore;
  let store: ReadStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
    bulkSeedSqlite(join(dir, 'events.db'), CUSTOMERS, { seed: 7 });
  });

  afterEach(async () => {
    await events?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('resumes from the last committed batch and equals a clean rebuild', async () => {
    events = openSqliteEventStore(join(dir, 'events.db'), new SystemClock(), { pollIntervalMs: 20 });
    const head = await events.headPosition();
    const frozenAt = await runWorkerUntilFrozen(dir, Math.floor(head * 0.6));

    store = openSqliteReadStore(join(dir, 'read.db'));
    const checkpoints = await Promise.all(ALL_PROJECTIONS.map((p) => store.checkpoint(p.name)));
    // Killed with work committed and work in flight: every checkpoint is a whole batch short of the freeze.
    for (const checkpoint of checkpoints) {
      expect(checkpoint).toBeGreaterThan(0);
      expect(checkpoint).toBeLessThan(frozenAt);
    }

    const restarted = ALL_PROJECTIONS.map((p) => new ProjectionRunner(events, store, p, { batchSize: 97 }));
    await Promise.all(restarted.map((r) => r.start()));
    await waitForHead(restarted, head);
    await Promise.all(restarted.map((r) => r.stop()));
    const resumed = await Promise.all(ALL_PROJECTIONS.map((p) => readModelDigest(store, p)));

    const clean = openSqliteReadStore(join(dir, 'clean.db'));
    try {
      await rebuildProjections(events, clean, ALL_PROJECTIONS);
      expect(await Promise.all(ALL_PROJECTIONS.map((p) => readModelDigest(clean, p)))).toEqual(resumed);
    } finally {
      await clean.close();
    }
  }, 90_000);
});
