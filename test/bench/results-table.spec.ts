import { readFileSync } from 'node:fs';
import { mergeResults, targetMet, type Results } from '../../bench/support/results.js';
import { resultsTable, tableCells, tableInReadme } from '../../bench/support/results-table.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const LATEST = JSON.parse(readFileSync(new URL('../../bench/results/latest.json', import.meta.url), 'utf8')) as Results;

describe('bench results on record', () => {
  it('the README table is the table of bench/results/latest.json (`npm run bench:table` rewrites it)', () => {
    const inReadme = tableInReadme(README);
    expect(inReadme).toBeDefined();
    expect(tableCells(inReadme ?? '')).toEqual(tableCells(resultsTable(LATEST)));
  });

  it('latest.json names the machine and, for each figure, its baseline, ratio and whether its target is met', () => {
    expect(LATEST.machine).toEqual(expect.objectContaining({ cpuModel: expect.any(String), cores: expect.any(Number), node: expect.any(String) }));
    expect(LATEST.figures.length).toBeGreaterThan(0);
    for (const figure of LATEST.figures) {
      expect(Object.keys(figure)).toEqual(expect.arrayContaining(['name', 'value', 'unit', 'target', 'met', 'baseline', 'baselineName', 'ratio']));
      expect(figure.met).toBe(targetMet(figure.target ?? undefined, figure.value, figure.ratio));
    }
  });

  it.each([
    ['≥ 1.0×', 900, 0.9, false],
    ['≥ 1.0×', 1100, 1.1, true],
    ['≤ 1.5×', 30, 1.4, true],
    ['≤ 50 ms', 51, 0.5, false],
    ['≥ 100,000 ev/s, ≥ 0.5×', 120_000, 0.4, false],
    ['≥ 100,000 ev/s, ≥ 0.5×', 120_000, 0.6, true],
  ])('target %s with value %d and ratio %d is met: %s', (target, value, ratio, met) => {
    expect(targetMet(target, value, ratio)).toBe(met);
  });

  it('a rerun of one bench replaces its figures and keeps the others', () => {
    const figure = (bench: string, value: number) => ({
      bench,
      name: 'f',
      value,
      unit: 'x',
      target: null,
      met: null,
      baseline: 1,
      baselineName: 'b',
      ratio: value,
    });
    const run = (bench: string) => ({ bench, date: 'd', seconds: 1, peakRssMb: 1 });
    const previous: Results = { machine: LATEST.machine, date: 'old', benches: [run('a'), run('b')], figures: [figure('a', 1), figure('b', 2)] };
    const merged = mergeResults(previous, { machine: LATEST.machine, date: 'new' }, [run('b')], [figure('b', 3)]);
    expect(merged.figures).toEqual([figure('a', 1), figure('b', 3)]);
    expect(merged.benches.map((b) => b.bench)).toEqual(['a', 'b']);
    expect(merged.date).toBe('new');
  });
});
