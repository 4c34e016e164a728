import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bulkSeedSqlite } from '#seed';

// The benches' one seeder: `count` deterministic demo customers (libs/seed, written straight into the
// SQLite event store's schema in big transactions) as DIR/events.db. The generation runs in a child
// process, so the bench's peak RSS is its own work's, and its file is kept in a cache (BENCH_SEED_CACHE,
// default <tmpdir>/dossier-bench-seeds; `off` to disable) keyed by count, seed and the seeder's source:
// every later bench of the same size copies the file instead of generating 4.5M events again.

export interface SeededCustomers {
  /** DIR/events.db, ready to open with openSqliteEventStore. */
  eventsFile: string;
  customers: number;
  events: number;
  /** Time to generate, or to copy from the cache. */
  seconds: number;
  fromCache: boolean;
}

export interface SeedOptions {
  /** The demo generator's seed (default 42: every bench sees the same customers). */
  seed?: number;
}

interface SeedPlan {
  file: string;
  customers: number;
  seed: number;
}

const CHILD_FLAG = '--seed-customers-child';

/** Seeds DIR/events.db with `customers` demo customers and prints one line saying how. */
export async function seedCustomers(dir: string, customers: number, options: SeedOptions = {}): Promise<SeededCustomers> {
  const started = process.hrtime.bigint();
  const seed = options.seed ?? 42;
  const eventsFile = join(dir, 'events.db');
  const cache = cacheDir();
  let fromCache = false;
  let events: number;
  if (cache === undefined) {
    events = await seedInChild({ file: eventsFile, customers, seed });
  } else {
    const cached = join(cache, `customers-${customers}-seed-${seed}-${seederFingerprint()}.db`);
    if (existsSync(cached)) fromCache = true;
    else {
      mkdirSync(cache, { recursive: true });
      const partial = `${cached}.${process.pid}.partial`;
      writeFileSync(`${cached}.events`, String(await seedInChild({ file: partial, customers, seed })));
      renameSync(partial, cached); // atomic: a bench running beside this one sees the whole file or none
    }
    copyFileSync(cached, eventsFile, constants.COPYFILE_FICLONE);
    events = Number(readFileSync(`${cached}.events`, 'utf8'));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `seeded ${customers.toLocaleString('en-US')} customers, ${events.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s (${fromCache ? 'copied from the seed cache' : 'bulk, in a child process'})`,
  );
  return { eventsFile, customers, events, seconds, fromCache };
}

function cacheDir(): string | undefined {
  const setting = process.env.BENCH_SEED_CACHE;
  if (setting === 'off') return undefined;
  return setting && setting.length > 0 ? setting : join(tmpdir(), 'dossier-bench-seeds');
}

/**
 * A hash of the sources that decide the seeded bytes (the generator, the store's schema and hash chain):
 * a change to them is a new file. The TypeScript sources, so a built bench and one run from source agree.
 */
function seederFingerprint(): string {
  const hash = createHash('sha256');
  const root = repositoryRoot();
  for (const lib of ['libs/seed/src', 'libs/event-store/src']) {
    for (const file of sourceFiles(join(root, lib))) hash.update(file.slice(root.length)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/** The directory of package.json above this file (bench/support, or dist/bench/support when built). */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('seed-customers: no package.json above this file');
    dir = parent;
  }
  return dir;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
      return name.endsWith('.ts') ? [path] : [];
    });
}

function seedInChild(plan: SeedPlan): Promise<number> {
  const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG]);
  return new Promise((resolve, reject) => {
    child.once('message', (events) => resolve(events as number));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the seeding process exited with ${code}`))));
    child.send(plan);
  });
}

function seedHere({ file, customers, seed }: SeedPlan): number {
  rmSync(file, { force: true });
  return bulkSeedSqlite(file, customers, { seed }).events;
}

if (process.argv[2] === CHILD_FLAG && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.once('message', (plan: SeedPlan) => {
    try {
      const events = seedHere(plan);
      process.send?.(events, () => process.exit(0));
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  });
}
