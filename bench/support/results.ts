/** A figure as bench/results/latest.json keeps it. */
export interface RecordedFigure {
  bench: string;
  name: string;
  value: number;
  unit: string;
  target: string | null;
  /** Whether every part of the target holds; null without a target. */
  met: boolean | null;
  baseline: number;
  baselineName: string;
  ratio: number;
}

export interface BenchRun {
  bench: string;
  date: string;
  seconds: number;
  /** Peak RSS of the bench's own process (each bench runs in a process of its own). */
  peakRssMb: number;
}

export interface Results {
  machine: { cpuModel: string; cores: number; node: string; platform: string; loadAverage?: number[] };
  date: string;
  benches: BenchRun[];
  figures: RecordedFigure[];
}

/** Messages a bench process sends to `npm run bench` (bench/run.ts). */
export type BenchMessage = { figure: Omit<RecordedFigure, 'bench'> } | { done: { peakRssMb: number } };

const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 1000) / 1000 : n);

/** `≥ 1.0×` compares the ratio to the baseline; `≤ 50 ms`, `≥ 100,000 ev/s` compare the value. */
export function targetMet(target: string | undefined, value: number, ratio: number): boolean | null {
  if (!target) return null;
  const parts = target.split(/,\s*(?=[≥≤])/);
  return parts.every((part) => {
    const match = /^([≥≤])\s*([\d,.]+)\s*(×)?/.exec(part.trim());
    if (!match) return false;
    const bound = Number(match[2].replaceAll(',', ''));
    const actual = match[3] ? ratio : value;
    return match[1] === '≥' ? actual >= bound : actual <= bound;
  });
}

/** Sends the figure to bench/run.ts when this process is one of its benches; a bench run alone only prints. */
export function recordFigure(f: { name: string; value: number; unit: string; baseline: number; baselineName: string; target?: string }): void {
  if (!process.send) return;
  const ratio = f.value / f.baseline;
  const figure = {
    name: f.name,
    value: round(f.value),
    unit: f.unit,
    target: f.target ?? null,
    met: targetMet(f.target, f.value, ratio),
    baseline: round(f.baseline),
    baselineName: f.baselineName,
    ratio: round(ratio),
  };
  process.send({ figure } satisfies BenchMessage);
}

/** The previous results with the benches of this run replaced (`npm run bench <name>` reruns one bench). */
export function mergeResults(
  previous: Results | undefined,
  run: Omit<Results, 'benches' | 'figures'>,
  benches: BenchRun[],
  figures: RecordedFigure[],
): Results {
  const rerun = new Set(benches.map((b) => b.bench));
  const kept = (previous?.figures ?? []).filter((f) => !rerun.has(f.bench));
  const keptRuns = (previous?.benches ?? []).filter((b) => !rerun.has(b.bench));
  return { ...run, benches: [...keptRuns, ...benches], figures: [...kept, ...figures] };
}
