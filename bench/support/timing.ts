/** Sorted latencies (ms) of `runs` calls of `work`, after 20 warm-up calls. */
export async function timed(work: () => Promise<unknown>, runs: number): Promise<number[]> {
  for (let i = 0; i < 20; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}
