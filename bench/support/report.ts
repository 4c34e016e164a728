import { recordFigure } from './results.js';

/** One line per figure: value, baseline measured in the same run, and their ratio (machines here are noisy). */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  baselineName: string;
  /** 'higher' when bigger is better (throughput), 'lower' for latencies. */
  better: 'higher' | 'lower';
  /** e.g. `≥ 1.0×` (of the baseline), `≤ 50 ms`, or both: `≥ 100,000 ev/s, ≥ 0.5×`; judged into `met` in latest.json. */
  target?: string;
}

/** Prints the figure and records it for bench/results/latest.json (when run by `npm run bench`). */
export function printFigure(f: Figure): void {
  const ratio = f.value / f.baseline;
  const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));
  console.log(
    `${f.name.padEnd(44)} ${fmt(f.value).padStart(10)} ${f.unit.padEnd(6)} | baseline ${f.baselineName}: ${fmt(f.baseline)} ${f.unit} | ratio ${ratio.toFixed(2)}×${f.target ? ` | target ${f.target}` : ''}`,
  );
  recordFigure(f);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
