// SPEC §9 / issue 15: XLSX export of 100k customers, streamed, peak RSS ≤ 300 MB (BENCH_EXPORT_CUSTOMERS,
// default 100k), and the PDF reports' render time. Data is seeded and projected in one forked process;
// a second one serves it (ROLE=api), so its peak RSS is the export's. Baselines, same run: the same
// customers read as JSON pages through the same route; the same report's JSON answer.
import ExcelJS from 'exceljs';
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { ExportServerPlan } from './support/export-server.js';
import { prepareInChild } from './support/prepare-in-child.js';
import { percentile, printFigure } from './support/report.js';
import { timed } from './support/timing.js';

const CUSTOMERS = Number(process.env.BENCH_EXPORT_CUSTOMERS ?? 100_000);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 10);
const PASSWORD = 'bench-admin-password';

const script = (name: string) => fileURLToPath(new URL(`./support/${name}.js`, import.meta.url));

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`child exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message as T);
    });
  });
}

async function countRows(file: string): Promise<number> {
  let rows = 0;
  for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'ignore' })) {
    for await (const _row of sheet) rows++;
    break;
  }
  return rows;
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-exports-'));
  const server = fork(script('export-server'));
  const jsonServer = fork(script('export-server'));
  try {
    const prepared = await prepareInChild({ dataDir, customers: CUSTOMERS });
    console.log(
      `${CUSTOMERS.toLocaleString('en-US')} customers, ${prepared.events.toLocaleString('en-US')} events (seed ${prepared.seedSeconds.toFixed(1)} s, rebuild ${prepared.rebuildSeconds.toFixed(1)} s, in a child process)`,
    );
    const start = async (child: ChildProcess) => {
      const listening = nextMessage<{ url: string; idleRssMb: number }>(child);
      child.send({ dataDir, adminPassword: PASSWORD } satisfies ExportServerPlan);
      const { url, idleRssMb } = await listening;
      const login = await fetch(`${url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: PASSWORD }),
      });
      const { accessToken } = (await login.json()) as { accessToken: string };
      const get = async (path: string) => {
        const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${accessToken}`, 'accept-language': 'zh-CN' } });
        if (response.status !== 200 || !response.body) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        return response;
      };
      return { get, idleRssMb };
    };
    const peakOf = async (child: ChildProcess) => {
      const peak = nextMessage<{ peakRssMb: number }>(child);
      child.send('peak-rss');
      return (await peak).peakRssMb;
    };
    const { get, idleRssMb } = await start(server);

    // The XLSX export first: the server's peak RSS is then the export's.
    const file = join(dataDir, 'customers.xlsx');
    const started = performance.now();
    await pipeline(Readable.fromWeb((await get('/v1/customers?format=xlsx')).body as never), createWriteStream(file));
    const xlsxMs = performance.now() - started;
    const peakRssMb = await peakOf(server);
    const rows = (await countRows(file)) - 1;
    if (rows !== CUSTOMERS) throw new Error(`the export holds ${rows} customers, not ${CUSTOMERS}`);

    // The same customers as JSON pages, in a server of their own: its peak RSS is the baseline.
    const json = await start(jsonServer);
    const jsonStarted = performance.now();
    let cursor: string | null = null;
    let listed = 0;
    do {
      const page = (await (await json.get(`/v1/customers?limit=1000${cursor ? `&cursor=${cursor}` : ''}`)).json()) as {
        items: unknown[];
        nextCursor: string | null;
      };
      listed += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    const jsonMs = performance.now() - jsonStarted;
    if (listed !== CUSTOMERS) throw new Error(`the JSON pages hold ${listed} customers`);
    const jsonPeakRssMb = await peakOf(jsonServer);

    printFigure({
      name: `XLSX export of ${CUSTOMERS.toLocaleString('en-US')} customers`,
      value: xlsxMs / 1000,
      unit: 's',
      baseline: jsonMs / 1000,
      baselineName: 'the same rows as JSON pages of 1000',
      better: 'lower',
    });
    console.log(
      `  ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB file, ${Math.round(rows / (xlsxMs / 1000)).toLocaleString('en-US')} rows/s; peak RSS of the serving process ${Math.round(peakRssMb)} MB (idle ${Math.round(idleRssMb)} MB; target ≤ 300 MB); serving the same rows as JSON pages: ${Math.round(jsonPeakRssMb)} MB (idle ${Math.round(json.idleRssMb)} MB)`,
    );

    for (const [name, path] of [
      ['funnel by industry', '/v1/analytics/funnel?from=2024-01-01&to=2025-01-01&groupBy=industry'],
      ['churn-risk, 300 rows', '/v1/analytics/churn-risk?limit=300'],
      ['value trend by quarter', '/v1/analytics/value-trend?granularity=quarter'],
    ]) {
      const pdf = await timed(async () => (await get(`${path}&format=pdf`)).arrayBuffer(), PDF_RUNS);
      const json = await timed(async () => (await get(path)).json(), PDF_RUNS);
      printFigure({
        name: `PDF ${name}, p50`,
        value: percentile(pdf, 50),
        unit: 'ms',
        baseline: percentile(json, 50),
        baselineName: 'its JSON answer',
        better: 'lower',
      });
    }
  } finally {
    for (const child of [server, jsonServer]) {
      if (child.connected) child.send('stop');
      else child.kill();
      if (child.exitCode === null) await once(child, 'exit');
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}
