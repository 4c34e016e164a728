import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// `customers` demo customers in dataDir's event store and every read model built from them, in a process of its
// own (so the bench's peak RSS is not the seed's): it forks prepare-read-models, which seeds through the benches'
// one seeder (seed-customers.ts, cached per size) and rebuilds.

export interface PreparePlan {
  dataDir: string;
  customers: number;
}

export interface PreparedReadModels {
  events: number;
  seedSeconds: number;
  rebuildSeconds: number;
}

export function prepareInChild(plan: PreparePlan): Promise<PreparedReadModels> {
  const child = fork(fileURLToPath(new URL('./prepare-read-models.js', import.meta.url)));
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as PreparedReadModels));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`prepare-read-models exited with ${code}`))));
    child.send(plan);
  });
}
