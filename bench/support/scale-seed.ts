import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PreparePlan } from './prepare-read-models.js';

// The one seeding step `--scale` needs: `customers` demo customers in dataDir's event store, and
// every read model built from them, in a process of its own (so the bench's RSS is not the seed's).
// It forks prepare-read-models: the benches' one seeder (seed-customers.ts, cached per size), then a rebuild.

export interface SeededData {
  events: number;
  seconds: number;
}

export function seedCustomers(dataDir: string, customers: number): Promise<SeededData> {
  const child = fork(fileURLToPath(new URL('./prepare-read-models.js', import.meta.url)));
  return new Promise((resolve, reject) => {
    child.once('message', (message) => {
      const { events, seedSeconds, rebuildSeconds } = message as { events: number; seedSeconds: number; rebuildSeconds: number };
      resolve({ events, seconds: seedSeconds + rebuildSeconds });
    });
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`seeding exited with ${code}`))));
    child.send({ dataDir, customers } satisfies PreparePlan);
  });
}
