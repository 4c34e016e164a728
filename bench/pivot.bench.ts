// Issue 14: a two-dimension pivot (industry × value tier, count + spend) at 1M customers, p99 ≤ 100 ms,
// against the raw SQL GROUP BY of the same rows. BENCH_CUSTOMERS=1000000 for the full size (default
// 100k). Seeded and projected in a forked process, as read-queries does; this process only serves (ROLE=api).
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, createApp } from '#server';
import { prepareInChild } from './support/prepare-in-child.js';
import { percentile, printFigure } from './support/report.js';
import { timed } from './support/timing.js';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 100);
const PASSWORD = 'bench-admin-password';

const TIER_SQL = `CASE WHEN f_highTierUntil > ? THEN 'high' WHEN f_potentialTierUntil > ? THEN 'potential' WHEN f_normalTierUntil > ? THEN 'normal' ELSE 'low' END`;

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-pivot-'));
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
      const pivot = async (body: string) => {
        const response = await fetch(`${url}/v1/reports/pivot`, {
          method: 'POST',
          headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
          body,
        });
        if (response.status !== 200) throw new Error(`pivot: ${response.status} ${await response.text()}`);
        return (await response.json()) as { cells: unknown[]; total: { count: number } };
      };
      const byTier = JSON.stringify({ rows: ['industry'], columns: ['tier'], measures: ['count', 'spend'] });
      const answer = await pivot(byTier);
      if (answer.total.count !== CUSTOMERS) throw new Error(`the pivot counted ${answer.total.count} customers, not ${CUSTOMERS}`);
      console.log(`${answer.cells.length} cells`);
      // The pivot's GROUP BY reads the profiles' covering index; the baselines read the same rows from the table and from that index.
      const { generation } = raw.prepare(`SELECT generation FROM read_model_generations WHERE collection = 'customer-profiles'`).get() as {
        generation: number;
      };
      const physical = `rm_customer_profiles__g${generation}`;
      const tierSql = (from: string) =>
        raw.prepare(`SELECT f_industry AS industry, ${TIER_SQL} AS tier, count(*) AS n, coalesce(sum(f_spendTotal), 0) AS spend FROM ${from} GROUP BY 1, 2`);
      const now = () => new Date().toISOString();
      const figure = (name: string, value: number[], baseline: number[], baselineName: string, target?: string) => {
        for (const p of [50, 99]) {
          printFigure({
            name: `${name}, p${p}`,
            value: percentile(value, p),
            unit: 'ms',
            baseline: percentile(baseline, p),
            baselineName,
            better: 'lower',
            target: p === 99 ? target : undefined,
          });
        }
      };
      const tierValue = await timed(() => pivot(byTier), RUNS);
      const tableSql = tierSql('rm_customer_profiles');
      const indexSql = tierSql(`${physical} INDEXED BY ${physical}_covering`);
      figure(
        'POST /v1/reports/pivot industry × tier',
        tierValue,
        await timed(async () => tableSql.all(now(), now(), now()), RUNS),
        'raw SQL GROUP BY',
        '≤ 100 ms',
      );
      figure(
        'POST /v1/reports/pivot industry × tier (vs the index)',
        tierValue,
        await timed(async () => indexSql.all(now(), now(), now()), RUNS),
        'raw SQL GROUP BY on the covering index',
      );

      const byMonth = JSON.stringify({ rows: ['month'], columns: ['industry'], measures: ['count', 'conversion'] });
      const monthSql = raw.prepare(
        `SELECT substr(f_registeredAt, 1, 7) AS month, f_industry, count(*) AS n, sum(f_status = 'won') AS won FROM ${physical} INDEXED BY ${physical}_covering GROUP BY 1, 2`,
      );
      figure(
        'POST /v1/reports/pivot month × industry',
        await timed(() => pivot(byMonth), RUNS),
        await timed(async () => monthSql.all(), RUNS),
        'raw SQL GROUP BY on the covering index',
        '≤ 100 ms',
      );
    } finally {
      raw.close();
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
