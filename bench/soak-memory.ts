/** RSS samples (MB, the server and its worker child together) against the minute they were taken at. */
export interface RssSample {
  minute: number;
  server: number;
  children: number;
}

/**
 * The least-squares slope (MB/min) of the total RSS over the samples after the first minute: the
 * first minute is warm-up (JIT, caches, the heap growing to its working size), not a leak.
 */
export function rssSlope(samples: readonly RssSample[]): number | undefined {
  const settled = samples.filter((s) => s.minute >= 1);
  if (settled.length < 3) return undefined;
  const xs = settled.map((s) => s.minute);
  const ys = settled.map((s) => s.server + s.children);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return variance === 0 ? undefined : covariance / variance;
}
