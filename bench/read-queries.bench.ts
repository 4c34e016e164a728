// SPEC §9: `GET /v1/customers` filtered and the funnel, p99 ≤ 50 ms at 1M customers, against a raw
// SQL select of the same rows; peak RSS ≤ 400 MB. BENCH_CUSTOMERS=1000000 for the full size
// (default 100k). Data is seeded and projected in a forked process; this process only serves
// (ROLE=api: no projections to run, and no rules scheduler reacting to the seeded history).
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, createApp } from '#server';
import { prepareInChild } from './support/prepare-in-child.js';
import { percentile, printFigure } from './support/report.js';
import { timed } from './support/timing.js';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 300);
const PASSWORD = 'bench-admin-password';

function report(name: string, value: number[], baseline: number[], baselineName: string): void {
  for (const p of [50, 99]) {
    printFigure({
      name: `${name}, p${p}`,
      value: percentile(value, p),
      unit: 'ms',
      baseline: percentile(baseline, p),
      baselineName,
      better: 'lower',
      target: p === 99 ? '≤ 50 ms' : undefined,
    });
  }
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-read-'));
  try {
    const prepared = await prepareInChild({ dataDir, customers: CUSTOMERS });
    console.log(
      `${CUSTOMERS.toLocaleString('en-US')} customers, ${prepared.events.toLocaleString('en-US')} events (seed ${prepared.seedSeconds.toFixed(1)} s, rebuild ${prepared.rebuildSeconds.toFixed(1)} s, in a child process)`,
    );

    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      ROLE: 'api',
      ADMIN_PASSWORD: PASSWORD,
      JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
      LOG_LEVEL: 'silent',
    });
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    const url = await app.getUrl();
    const raw = new BetterSqlite3(join(dataDir, 'read.db'), { readonly: true });
    try {
      const login = await fetch(`${url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: PASSWORD }),
      });
      const { accessToken } = (await login.json()) as { accessToken: string };
      const get = async (path: string) => {
        const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
        if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        return response.json();
      };

      const listPath = '/v1/customers?status=qualified&industry=retail&sort=-registeredAt&limit=50';
      const listSql = raw.prepare('SELECT doc FROM rm_customer_profiles WHERE f_status = ? AND f_industry = ? ORDER BY f_registeredAt DESC, id DESC LIMIT 51');
      const listed = (await get(listPath)) as { items: unknown[] };
      if (listed.items.length === 0) throw new Error('the filtered list is empty: the bench would measure nothing');
      report(
        'GET /v1/customers status+industry, -registeredAt, 50',
        await timed(() => get(listPath), RUNS),
        await timed(async () => listSql.all('qualified', 'retail').map((r) => JSON.parse((r as { doc: string }).doc)), RUNS),
        'raw SQL select',
      );

      // The same rows the route reads: the summary's month rows for everyone.
      const funnelSql = raw.prepare(
        'SELECT doc FROM rm_sales_funnel_month_counts WHERE f_dimension = ? AND f_scope = ? AND f_period >= ? AND f_period < ? ORDER BY f_period, id',
      );
      const monthRows = (dimension: string) => async () =>
        funnelSql.all(dimension, '*', '2024-01', '2025-01').map((r) => JSON.parse((r as { doc: string }).doc));
      report(
        'GET /v1/analytics/funnel, 2024, no grouping',
        await timed(() => get('/v1/analytics/funnel?from=2024-01-01&to=2025-01-01'), RUNS),
        await timed(monthRows('all'), RUNS),
        'raw SQL select',
      );
      report(
        'GET /v1/analytics/funnel, 2024, by industry',
        await timed(() => get('/v1/analytics/funnel?from=2024-01-01&to=2025-01-01&groupBy=industry'), RUNS),
        await timed(monthRows('industry'), RUNS),
        'raw SQL select',
      );
      // A range cut inside days at both ends: month rows, day rows and two days of members.
      const dayRowsSql = raw.prepare(
        'SELECT doc FROM rm_sales_funnel_day_counts WHERE f_dimension = ? AND f_period >= ? AND f_period < ? ORDER BY f_period, id',
      );
      const edgeSql = raw.prepare('SELECT doc FROM rm_sales_funnel_members WHERE f_day = ?');
      report(
        'GET /v1/analytics/funnel, 2024-01-15T08:00Z–2024-12-20T08:00Z, by industry',
        await timed(() => get('/v1/analytics/funnel?from=2024-01-15T08:00:00Z&to=2024-12-20T08:00:00Z&groupBy=industry'), RUNS),
        await timed(async () => {
          const docs = [
            ...funnelSql.all('industry', '*', '2024-02', '2024-12'),
            ...dayRowsSql.all('industry', '2024-01-16', '2024-02-01'),
            ...dayRowsSql.all('industry', '2024-12-01', '2024-12-20'),
            ...edgeSql.all('2024-01-15'),
            ...edgeSql.all('2024-12-20'),
          ];
          return docs.map((r) => JSON.parse((r as { doc: string }).doc));
        }, RUNS),
        'raw SQL select',
      );
      // What counting the profiles themselves costs: the scan the summary rows replace.
      const scanSql = raw.prepare(
        'SELECT f_industry, f_status, count(*) FROM rm_customer_profiles WHERE f_registeredAt >= ? AND f_registeredAt < ? GROUP BY 1, 2',
      );
      report(
        'GET /v1/analytics/funnel, 2024, by industry (vs a scan)',
        await timed(() => get('/v1/analytics/funnel?from=2024-01-01&to=2025-01-01&groupBy=industry'), RUNS),
        await timed(async () => scanSql.all('2024-01-01', '2025-01-01'), Math.min(RUNS, 30)),
        'raw SQL GROUP BY of the profiles',
      );

      const rss = process.resourceUsage().maxRSS / 1024;
      console.log(`peak RSS of the serving process: ${Math.round(rss)} MB (target ≤ 400 MB at 1M customers)`);
    } finally {
      raw.close();
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
