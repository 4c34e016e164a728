import { Presets, SingleBar } from 'cli-progress';

/** A progress bar on stderr (stdout stays for results), with a rate and an ETA. */
export function progressBar(label: string, total: number): SingleBar {
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}`, stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0' });
  return bar;
}
