import 'reflect-metadata';
import { execFileSync, fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scaleGrowth } from './scale-growth.js';
import { withResultsTable } from './support/results-table.js';
import { mergeResults, type BenchMessage, type BenchRun, type RecordedFigure, type Results } from './support/results.js';

// `npm run bench [name…]`: every benchmark, or those whose name is given. Each prints its figure
// with a baseline measured in the same run. Benches live beside this file as `<name>.bench.ts`.
// Each runs in a process of its own (so each peak RSS is that bench's alone); their figures are
// written to bench/results/latest.json (a rerun of some benches replaces only theirs) and the README table.
// `npm run bench -- --scale` runs bench/scale.bench.ts once per BENCH_SCALES customer count instead,
// each in its own process with its own data, and prints how each figure grows per 10×.
const benches: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  append: () => import('./append.bench.js'),
  'commands-http': () => import('./commands-http.bench.js'),
  'as-of': () => import('./as-of.bench.js'),
  'projection-rebuild': () => import('./projection-rebuild.bench.js'),
  'read-queries': () => import('./read-queries.bench.js'),
  pivot: () => import('./pivot.bench.js'),
  'rfm-lifecycle-rebuild': () => import('./rfm-lifecycle-rebuild.bench.js'),
  import: () => import('./import.bench.js'),
  'duplicate-detection': () => import('./duplicate-detection.bench.js'),
  exports: () => import('./exports.bench.js'),
};

const onDemand: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  scale: () => import('./scale.bench.js'),
};

const RESULTS = fileURLToPath(new URL('../../bench/results/latest.json', import.meta.url));
const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/** In a bench's own process: runs it and reports its peak RSS. */
async function runOne(name: string): Promise<void> {
  await (await (benches[name] ?? onDemand[name])()).run();
  const done: BenchMessage = { done: { peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) } };
  process.send?.(done, () => process.exit(0));
}

function runInChild(name: string, env: Record<string, string> = {}): Promise<{ run: BenchRun; figures: RecordedFigure[] }> {
  const started = Date.now();
  const figures: RecordedFigure[] = [];
  let peakRssMb = NaN;
  const child = fork(fileURLToPath(import.meta.url), ['--one', name], { env: { ...process.env, ...env } });
  child.on('message', (message: BenchMessage) => {
    if ('figure' in message) figures.push({ bench: name, ...message.figure });
    else peakRssMb = message.done.peakRssMb;
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench ${name} exited with ${code}`));
      resolve({ run: { bench: name, date: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), peakRssMb }, figures });
    });
  });
}

function previousResults(): Results | undefined {
  if (!existsSync(RESULTS)) return undefined;
  const previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as Results;
  return Array.isArray(previous.figures) ? previous : undefined;
}

async function runAll(wanted: string[]): Promise<void> {
  const unknown = wanted.filter((name) => !(name in benches));
  if (unknown.length > 0) throw new Error(`No bench named ${unknown.join(', ')}; there are ${Object.keys(benches).join(', ')}`);
  const runs: BenchRun[] = [];
  const figures: RecordedFigure[] = [];
  for (const name of Object.keys(benches)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.log(`\n── ${name}`);
    const result = await runInChild(name);
    console.log(`  (peak RSS of this bench's process: ${result.run.peakRssMb} MB)`);
    runs.push(result.run);
    figures.push(...result.figures);
  }
  writeResults(runs, figures);
}

async function runScales(): Promise<void> {
  const scales = (process.env.BENCH_SCALES ?? '10000,100000,1000000').split(',').map(Number);
  if (scales.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`BENCH_SCALES must list customer counts, not ${process.env.BENCH_SCALES}`);
  const runs: BenchRun[] = [];
  const figures: RecordedFigure[] = [];
  for (const customers of scales) {
    console.log(`\n── scale: ${customers.toLocaleString('en-US')} customers (load average ${loadavg()[0].toFixed(1)})`);
    const result = await runInChild('scale', { BENCH_SCALE: String(customers) });
    console.log(`  (peak RSS of this scale's bench process: ${result.run.peakRssMb} MB)`);
    runs.push(result.run);
    figures.push(...result.figures);
  }
  writeResults(runs, [...figures, ...scaleGrowth(scales, figures)]);
}

function writeResults(runs: BenchRun[], figures: RecordedFigure[]): void {
  const machine = {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  const results = mergeResults(previousResults(), { machine, date: new Date().toISOString() }, runs, figures);
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(README, withResultsTable(readFileSync(README, 'utf8'), results));
  execFileSync(fileURLToPath(new URL('../../node_modules/.bin/prettier', import.meta.url)), ['--write', RESULTS, README], { stdio: 'ignore' });
  console.log(`\nwritten: bench/results/latest.json and the README's bench table`);
}

const args = process.argv.slice(2);
if (args[0] === '--one') await runOne(args[1]);
else if (args[0] === '--scale') await runScales();
else await runAll(args);
