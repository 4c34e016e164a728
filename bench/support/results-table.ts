import type { Results } from './results.js';

const TABLE_START = '<!-- bench-table -->';
const TABLE_END = '<!-- /bench-table -->';

const fmt = (n: number): string => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 100) / 100));
const cell = (text: string): string => text.replaceAll('|', '\\|');

/** The README's bench table: one row per figure of bench/results/latest.json. */
export function resultsTable(results: Results): string {
  const { machine } = results;
  const header = `\`npm run bench\`, ${results.date}, ${machine.cpuModel} (${machine.cores} cores), Node ${machine.node}, ${machine.platform}${machine.loadAverage ? `, load average ${machine.loadAverage.join(' ')} at the end` : ''}:`;
  const rows = [
    '| bench | figure | value | baseline | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...results.figures
      .map((f) =>
        [
          f.bench,
          f.name,
          `${fmt(f.value)} ${f.unit}`,
          `${f.baselineName}: ${fmt(f.baseline)} ${f.unit}`,
          `${f.ratio.toFixed(2)}×`,
          f.target ?? '—',
          f.met === null ? '—' : f.met ? 'yes' : '**no**',
        ]
          .map(cell)
          .join(' | '),
      )
      .map((row) => `| ${row} |`),
  ];
  const rss = results.benches.map((b) => `${b.bench} ${b.peakRssMb} MB`).join(', ');
  return `${header}\n\n${rows.join('\n')}\n\nPeak RSS of each bench's own process: ${rss}.`;
}

/** `readme` with the text between the markers replaced by the table. */
export function withResultsTable(readme: string, results: Results): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${TABLE_START} and ${TABLE_END}`);
  return `${readme.slice(0, start + TABLE_START.length)}\n\n${resultsTable(results)}\n\n${readme.slice(end)}`;
}

/** The cells of the table between the markers (formatting aside), to compare with resultsTable. */
export function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

export function tableInReadme(readme: string): string | undefined {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  return start < 0 || end < start ? undefined : readme.slice(start + TABLE_START.length, end);
}
