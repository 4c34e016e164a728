import type { RecordedFigure } from './support/results.js';
import { scaleLabel } from './scale-label.js';

// Per-request cost must stay flat or logarithmic as the data grows: ×2 per 10× is already more than
// a B-tree's depth adds, so a figure above it grows with the data it should not be reading.
const LIMIT = 2;

/**
 * For each figure of the scale runs and each step between two scales, value(larger) / value(smaller),
 * normalised to a 10× step (a 10k → 1M step of ×4 is ×2 per 10×). Printed, and returned as figures
 * for bench/results/latest.json (value: the larger scale's, baseline: the smaller's).
 */
export function scaleGrowth(scales: readonly number[], figures: readonly RecordedFigure[]): RecordedFigure[] {
  const sorted = [...scales].sort((a, b) => a - b);
  const named = (customers: number, figure: string) => figures.find((f) => f.name === `scale ${scaleLabel(customers)}: ${figure}`);
  const prefix = `scale ${scaleLabel(sorted[0])}: `;
  const names = figures.filter((f) => f.name.startsWith(prefix)).map((f) => f.name.slice(prefix.length));
  const growth: RecordedFigure[] = [];
  const worse: string[] = [];
  console.log(`\ngrowth per 10× (p99 and p50 at the larger scale / at the smaller; over ×${LIMIT} is not flat or logarithmic):`);
  for (const name of names) {
    for (let i = 1; i < sorted.length; i++) {
      const small = named(sorted[i - 1], name);
      const large = named(sorted[i], name);
      if (!small || !large) continue;
      const perTenfold = (large.value / small.value) ** (1 / Math.log10(sorted[i] / sorted[i - 1]));
      const step = `${scaleLabel(sorted[i - 1])} → ${scaleLabel(sorted[i])}`;
      const met = perTenfold <= LIMIT;
      if (!met) worse.push(`${name} (${step}: ×${perTenfold.toFixed(2)})`);
      console.log(`  ${name.padEnd(58)} ${step.padEnd(12)} ×${perTenfold.toFixed(2)}${met ? '' : '  ← grows worse than ×2 per 10×'}`);
      growth.push({
        bench: 'scale',
        name: `growth per 10×, ${step}: ${name}`,
        value: large.value,
        unit: large.unit,
        target: `≤ ${LIMIT}× per 10×`,
        met,
        baseline: small.value,
        baselineName: `the same at ${scaleLabel(sorted[i - 1])}`,
        ratio: Math.round(perTenfold * 1000) / 1000,
      });
    }
  }
  console.log(worse.length === 0 ? '  every figure stays within ×2 per 10×' : `  worse than ×2 per 10×: ${worse.join('; ')}`);
  return growth;
}
