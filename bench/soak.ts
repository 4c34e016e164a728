// `npm run soak` (issue 13, not part of `npm test`): the server as `npm start` runs it (ROLE=all, its
// workers in a child process, a temp DATA_DIR), driven from this process for SOAK_MINUTES (10) at
// SOAK_RATE requests/s (20) of mixed commands and queries (bench/soak-mix.ts). Prints the errors (any
// answer but 2xx or an expected 409), the RSS of the server and its worker each minute and its slope,
// and at the end whether every read model equals a clean rebuild. Exits 1 on any of the three.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { atFixedRate } from './support/fixed-rate.js';
import { percentile } from './support/report.js';
import { login, startServer } from './support/server-process.js';
import { SoakMix, type SoakRequest } from './soak-mix.js';
import { readModelsDifferingFromRebuild, settled } from './soak-digest.js';
import { rssSlope, type RssSample } from './soak-memory.js';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const RATE = Number(process.env.SOAK_RATE ?? 20);
/** MB/min: over 10 minutes, 30 MB more RSS than the settled working set. */
const MAX_SLOPE = Number(process.env.SOAK_MAX_SLOPE ?? 3);
const SAMPLE_MS = 10_000;

interface Failure {
  request: string;
  status: number;
  body: string;
}

async function soak(): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-soak-'));
  console.log(`soak: ${MINUTES} min at ${RATE} req/s, ROLE=all in ${dataDir} (load average ${loadavg()[0].toFixed(1)})`);
  const server = await startServer({ dataDir, role: 'all' });
  let token = server.token;
  const call = async (method: 'GET' | 'POST', path: string, body?: string, minPosition?: number) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(minPosition === undefined ? {} : { 'x-min-position': String(minPosition) }),
      },
      body,
    });
    return { status: response.status, text: await response.text() };
  };
  const must = async (method: 'GET' | 'POST', path: string) => {
    const { status, text } = await call(method, path);
    if (status >= 300) throw new Error(`${method} ${path}: ${status} ${text}`);
    return JSON.parse(text) as unknown;
  };

  const mix = new SoakMix();
  const failures: Failure[] = [];
  const counts = { done: 0, conflicts: 0 };
  const send = async ({ kind, method, path, body, minPosition, onSuccess, onSettled }: SoakRequest) => {
    try {
      const answer = await call(method, path, body, minPosition).catch((error: unknown) => ({ status: 0, text: String(error) }));
      counts.done++;
      if (answer.status >= 200 && answer.status < 300) onSuccess?.(answer.text ? JSON.parse(answer.text) : undefined);
      else if (answer.status === 409) counts.conflicts++;
      else failures.push({ request: `${kind}: ${method} ${path}`, status: answer.status, body: answer.text.slice(0, 400) });
    } finally {
      onSettled?.();
    }
  };

  try {
    // ROLE=all starts its worker child after the HTTP side: the mix begins once the projections run.
    await settled((path) => must('GET', path));
    for (let i = 0; i < 20; i++) await send(mix.next(0));
    const samples: RssSample[] = [];
    const started = performance.now();
    const sample = () => {
      const minute = (performance.now() - started) / 60_000;
      const rss = server.rssMb();
      samples.push({ minute, ...rss });
      return rss;
    };
    sample();
    let lastDone = 0;
    const sampler = setInterval(() => {
      const rss = sample();
      const minute = Math.round((performance.now() - started) / 60_000);
      if (samples.length % (60_000 / SAMPLE_MS) !== 1) return;
      const rate = (counts.done - lastDone) / 60;
      lastDone = counts.done;
      console.log(
        `  minute ${minute}: ${rate.toFixed(1)} req/s answered, errors ${failures.length}, 409s ${counts.conflicts}, RSS server ${Math.round(rss.server)} MB + worker ${Math.round(rss.children)} MB (load ${loadavg()[0].toFixed(1)})`,
      );
      // Access tokens expire; the soak may outlast one.
      void login(server.url).then((fresh) => (token = fresh ?? token));
    }, SAMPLE_MS);
    const latencies = await atFixedRate(RATE, MINUTES * 60_000, (i) => send(mix.next(i)));
    clearInterval(sampler);
    sample();

    const slope = rssSlope(samples);
    console.log(
      `answered ${counts.done} requests (${mix.customers} customers registered), p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; 409s (expected under concurrent changes): ${counts.conflicts}`,
    );
    console.log(`errors: ${failures.length}`);
    for (const failure of failures.slice(0, 5)) console.log(`  ${failure.request} → ${failure.status} ${failure.body}`);
    console.log(
      slope === undefined
        ? 'RSS slope: too short a run to tell (it needs samples past the first minute)'
        : `RSS slope after the first minute: ${slope.toFixed(2)} MB/min (threshold ${MAX_SLOPE} MB/min)`,
    );

    const differing = await readModelsDifferingFromRebuild(
      dataDir,
      (path) => must('GET', path),
      (path) => must('POST', path),
    );
    console.log(
      differing.length === 0 ? 'read models: every one equals a clean rebuild' : `read models differing from a clean rebuild: ${differing.join(', ')}`,
    );
    return failures.length === 0 && (slope === undefined || slope <= MAX_SLOPE) && differing.length === 0;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

soak().then(
  (passed) => {
    console.log(passed ? 'soak passed' : 'soak FAILED');
    process.exit(passed ? 0 : 1);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
