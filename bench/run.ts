import 'reflect-metadata';

// `npm run bench [name…]`: every benchmark, or those whose name is given. Each prints its figure
// with a baseline measured in the same run. Benches live beside this file as `<name>.bench.ts`.
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

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n── ${name}`);
  await (await load()).run();
}
