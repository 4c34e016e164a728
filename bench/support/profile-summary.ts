import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// `npm run profile:summary -- <file.cpuprofile | dir> [top]`: the self-time of a V8 CPU profile
// (node --cpu-prof) summed per function, per source file and per package, so a profile taken under
// the bench's load says where the request path spends its time without a browser's DevTools.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: a package in node_modules, a file of ours, or the engine itself. */
function ownerOf(url: string): { file: string; pkg: string } {
  if (url === '') return { file: '(native)', pkg: '(native)' };
  const path = url.replace(/^file:\/\//, '');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const rest = path.slice(inModules + '/node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return { file: `${pkg}/${rest.slice(rest[0].startsWith('@') ? 2 : 1).join('/')}`, pkg };
  }
  if (path.startsWith('node:')) return { file: path, pkg: 'node' };
  const dist = path.indexOf('/dist/');
  const file = dist >= 0 ? path.slice(dist + '/dist/'.length) : path;
  return { file, pkg: file.split('/').slice(0, 2).join('/') };
}

/** Milliseconds of self-time per key, highest first, with each key's share of the whole. */
function selfTimes(profile: CpuProfile, keyOf: (node: ProfileNode) => string): { key: string; ms: number; share: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    if (!node) return;
    const micros = profile.timeDeltas[index] ?? 0;
    all += micros;
    const key = keyOf(node);
    totals.set(key, (totals.get(key) ?? 0) + micros);
  });
  return [...totals].map(([key, micros]) => ({ key, ms: micros / 1000, share: all === 0 ? 0 : micros / all })).sort((a, b) => b.ms - a.ms);
}

/** Milliseconds per frame of our own code including what it calls (each frame counted once per sample). */
function inclusiveTimes(profile: CpuProfile, keep: (node: ProfileNode) => boolean): { key: string; ms: number; share: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    all += micros;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const node = byId.get(at);
      if (!node || !keep(node)) continue;
      const key = frameKey(node);
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + micros);
    }
  });
  return [...totals].map(([key, micros]) => ({ key, ms: micros / 1000, share: all === 0 ? 0 : micros / all })).sort((a, b) => b.ms - a.ms);
}

const ours = (node: ProfileNode): boolean => /^(apps|libs)\//.test(ownerOf(node.callFrame.url).file);

const frameKey = (node: ProfileNode): string =>
  `${node.callFrame.functionName || '(anonymous)'} ${ownerOf(node.callFrame.url).file}:${node.callFrame.lineNumber + 1}`;

function print(title: string, rows: { key: string; ms: number; share: number }[], top: number): void {
  console.log(`\n${title}`);
  for (const row of rows.slice(0, top)) console.log(`${(row.share * 100).toFixed(1).padStart(6)}%  ${row.ms.toFixed(0).padStart(7)} ms  ${row.key}`);
}

/**
 * Only the samples taken between `fromMs` and `toMs` after the profile started (the load window of a
 * bench, so start-up and set-up do not count). Samples outside it are dropped.
 */
function windowed(profile: CpuProfile, fromMs: number, toMs: number): CpuProfile {
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let at = 0;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    if (at < fromMs * 1000 || at > toMs * 1000) return;
    samples.push(id);
    timeDeltas.push(profile.timeDeltas[index] ?? 0);
  });
  return { ...profile, samples, timeDeltas };
}

function profilesIn(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(target, name));
}

function main(): void {
  const args = process.argv.slice(2);
  const window = args.find((arg) => arg.startsWith('--window='));
  const [target, topArg] = args.filter((arg) => !arg.startsWith('--'));
  if (!target) throw new Error('usage: npm run profile:summary -- <file.cpuprofile | directory> [top] [--window=<fromMs>,<toMs>]');
  const top = Number(topArg ?? 25);
  for (const file of profilesIn(target)) {
    const whole = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const [fromMs, toMs] = (window?.slice('--window='.length) ?? '0,Infinity').split(',').map(Number);
    const profile = windowed(whole, fromMs, toMs);
    console.log(`\n=== ${file}`);
    print(
      'self-time per package',
      selfTimes(profile, (node) => ownerOf(node.callFrame.url).pkg),
      top,
    );
    print(
      'self-time per file',
      selfTimes(profile, (node) => ownerOf(node.callFrame.url).file),
      top,
    );
    print('self-time per function', selfTimes(profile, frameKey), top);
    print('total time (with callees) per function of apps/ and libs/', inclusiveTimes(profile, ours), top);
  }
}

if (process.argv[1]?.includes('profile-summary')) main();
