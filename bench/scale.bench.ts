// Issue 13 "How cost grows": one scale (BENCH_SCALE customers) per process, run by
// `npm run bench -- --scale` for each of BENCH_SCALES; bench/scale-growth.ts then prints the growth
// per 10×. Seeded and projected in a child (bench/support/prepare-in-child.ts); served by another
// (ROLE=api: no projections catching up and no scheduler reacting to the seeded history while we
// measure); measured from this one. Each figure has its baseline from the same run.
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customerStream } from '#domain';
import { openSqliteEventStore } from '#event-store';
import { encodeCursor } from '#read-store';
import { SystemClock } from '#shared';
import { atFixedRate } from './support/fixed-rate.js';
import { registrationBody } from './support/load-generator.js';
import { percentile, printFigure } from './support/report.js';
import { scaleLabel } from './scale-label.js';
import { prepareInChild } from './support/prepare-in-child.js';
import { startServer } from './support/server-process.js';
import { timed } from './support/timing.js';

const CUSTOMERS = Number(process.env.BENCH_SCALE ?? 10_000);
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 200);
const COMMAND_RATE = Number(process.env.BENCH_SCALE_COMMAND_RATE ?? 50);
const COMMAND_SECONDS = Number(process.env.BENCH_SCALE_COMMAND_SECONDS ?? 5);
const FOLLOW_UP = JSON.stringify({ method: 'phone', content: 'called about the renewal', result: 'interested' });

export async function run(): Promise<void> {
  const label = scaleLabel(CUSTOMERS);
  const dataDir = mkdtempSync(join(tmpdir(), `dossier-bench-scale-${label}-`));
  try {
    const seeded = await prepareInChild({ dataDir, customers: CUSTOMERS });
    console.log(
      `${CUSTOMERS.toLocaleString('en-US')} customers, ${seeded.events.toLocaleString('en-US')} events (seeded and projected in ${(seeded.seedSeconds + seeded.rebuildSeconds).toFixed(1)} s)`,
    );
    const server = await startServer({ dataDir, role: 'api' });
    const raw = new BetterSqlite3(join(dataDir, 'read.db'), { readonly: true });
    const events = openSqliteEventStore(join(dataDir, 'events.db'), new SystemClock());
    try {
      const send = async (path: string, body?: string): Promise<unknown> => {
        const response = await fetch(`${server.url}${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: { authorization: `Bearer ${server.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body,
        });
        if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        return response.json();
      };
      const report = (figure: string, value: number[], baseline: number[], baselineName: string) => {
        for (const p of [50, 99]) {
          printFigure({
            name: `scale ${label}: ${figure}, p${p}`,
            value: percentile(value, p),
            unit: 'ms',
            baseline: percentile(baseline, p),
            baselineName,
            better: 'lower',
          });
        }
      };

      // Customers spread over the id space (random uuids), so no figure reads one hot row.
      const count = (raw.prepare('SELECT count(*) AS n FROM rm_customer_profiles').get() as { n: number }).n;
      const atOrAfter = raw.prepare('SELECT id FROM rm_customer_profiles WHERE id >= ? ORDER BY id LIMIT 1');
      const ids = Array.from(
        { length: 200 },
        (_, i) =>
          (
            atOrAfter.get(
              Math.floor((i * 0x10000) / 200)
                .toString(16)
                .padStart(4, '0'),
            ) as { id: string } | undefined
          )?.id,
      ).filter((id): id is string => id !== undefined);
      let next = 0;
      const anyId = () => ids[next++ % ids.length];

      const listPath = '/v1/customers?status=qualified&industry=retail&sort=-registeredAt&limit=50';
      const listSql = raw.prepare('SELECT doc FROM rm_customer_profiles WHERE f_status = ? AND f_industry = ? ORDER BY f_registeredAt DESC, id DESC LIMIT 51');
      report(
        'list status+industry, 50',
        await timed(() => send(listPath), RUNS),
        await timed(async () => listSql.all('qualified', 'retail').map((r) => JSON.parse((r as { doc: string }).doc)), RUNS),
        'raw SQL select',
      );

      // A keyset page from the middle of the whole list: its cost must not depend on how deep it is.
      const middle = raw
        .prepare('SELECT f_registeredAt AS value, id FROM rm_customer_profiles ORDER BY f_registeredAt DESC, id DESC LIMIT 1 OFFSET ?')
        .get(Math.floor(count / 2)) as {
        value: string;
        id: string;
      };
      const cursor = encodeCursor(middle);
      const pageSql = raw.prepare(
        'SELECT doc FROM rm_customer_profiles WHERE (f_registeredAt < ? OR (f_registeredAt = ? AND id < ?)) ORDER BY f_registeredAt DESC, id DESC LIMIT 51',
      );
      report(
        'list keyset page mid-list, 50',
        await timed(() => send(`/v1/customers?sort=-registeredAt&limit=50&cursor=${cursor}`), RUNS),
        await timed(async () => pageSql.all(middle.value, middle.value, middle.id).map((r) => JSON.parse((r as { doc: string }).doc)), RUNS),
        'raw SQL keyset select',
      );

      const detailSql = raw.prepare('SELECT doc FROM rm_customer_profiles WHERE id = ?');
      report(
        'GET /v1/customers/:id',
        await timed(() => send(`/v1/customers/${anyId()}`), RUNS),
        await timed(async () => JSON.parse((detailSql.get(anyId()) as { doc: string }).doc), RUNS),
        'raw SQL select by id',
      );

      const funnelSql = raw.prepare('SELECT doc FROM rm_sales_funnel_months WHERE f_dimension = ? AND f_month >= ? AND f_month < ? ORDER BY f_month, id');
      report(
        'funnel 2024',
        await timed(() => send('/v1/analytics/funnel?from=2024-01-01&to=2025-01-01'), RUNS),
        await timed(async () => funnelSql.all('all', '2024-01', '2025-01').map((r) => JSON.parse((r as { doc: string }).doc)), RUNS),
        'raw SQL select',
      );
      report(
        'funnel 2024 by industry',
        await timed(() => send('/v1/analytics/funnel?from=2024-01-01&to=2025-01-01&groupBy=industry'), RUNS),
        await timed(async () => funnelSql.all('industry', '2024-01', '2025-01').map((r) => JSON.parse((r as { doc: string }).doc)), RUNS),
        'raw SQL select',
      );

      const now = new Date().toISOString();
      report(
        'as-of',
        await timed(() => send(`/v1/customers/${anyId()}/as-of?at=${now}`), RUNS),
        await timed(() => events.readStream(customerStream(anyId())), RUNS),
        'readStream alone',
      );

      // One registration then four follow-ups to seeded customers, at a fixed rate; baseline: the
      // liveness route at the same rate (what the HTTP stack and this machine add).
      const commands = await atFixedRate(COMMAND_RATE, COMMAND_SECONDS * 1000, async (i) => {
        await (i % 5 === 0 ? send('/v1/customers', registrationBody()) : send(`/v1/customers/${anyId()}/follow-ups`, FOLLOW_UP));
      });
      const health = await atFixedRate(COMMAND_RATE, COMMAND_SECONDS * 1000, async () => {
        await send('/health');
      });
      report(`commands at ${COMMAND_RATE}/s (1 register : 4 follow-ups)`, commands, health, 'GET /health at the same rate');
      const rss = server.rssMb();
      console.log(`  RSS of the serving process after the run: ${Math.round(rss.server)} MB`);
    } finally {
      raw.close();
      await events.close();
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
