/**
 * Starts `send(i)` at a fixed rate for `durationMs`, without waiting for earlier answers (an open
 * loop: a slow answer does not slow the arrivals). Each latency is counted from the instant the
 * request was due, so a stalled process shows in the figures instead of hiding in fewer requests.
 * Resolves with the sorted latencies (ms) once every request has been answered.
 */
export async function atFixedRate(ratePerSecond: number, durationMs: number, send: (index: number) => Promise<void>): Promise<number[]> {
  const interval = 1000 / ratePerSecond;
  const total = Math.floor((durationMs / 1000) * ratePerSecond);
  const started = performance.now();
  const answered: Promise<number>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    answered.push(send(i).then(() => performance.now() - due));
  }
  return (await Promise.all(answered)).sort((a, b) => a - b);
}
