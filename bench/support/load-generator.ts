import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';

// Runs in its own process (forked by the HTTP benches) so the load generator does not share a CPU
// core's event loop with the server it measures.

export interface LoadPlan {
  url: string;
  connections: number;
  durationSeconds: number;
  token?: string;
  /** 'bare': POST /rows; 'commands': one registration then four follow-ups to known customers, repeated. */
  mix: 'bare' | 'commands';
  customerIds?: string[];
}

export interface LoadResult {
  requestsPerSecond: number;
  p99: number;
  errors: number;
}

export function registrationBody(): string {
  const unique = randomUUID().slice(0, 8);
  return JSON.stringify({
    name: `Bench ${unique}`,
    type: 'enterprise',
    contact: { phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, email: `b.${unique}@example.com` },
    industry: 'internet',
    region: 'HB',
    source: 'online',
  });
}

function requestsOf(plan: LoadPlan): autocannon.Request[] {
  if (plan.mix === 'bare') return [{ method: 'POST', path: '/rows', body: JSON.stringify({ content: 'called about the renewal' }) }];
  const ids = plan.customerIds ?? [];
  const followUp = JSON.stringify({ method: 'phone', content: 'called about the renewal', result: 'interested' });
  const followUpRequest = (): autocannon.Request => ({
    method: 'POST',
    setupRequest: (request) => ({ ...request, path: `/v1/customers/${ids[Math.floor(Math.random() * ids.length)]}/follow-ups`, body: followUp }),
  });
  return [
    { method: 'POST', path: '/v1/customers', setupRequest: (request) => ({ ...request, body: registrationBody() }) },
    followUpRequest(),
    followUpRequest(),
    followUpRequest(),
    followUpRequest(),
  ];
}

function run(plan: LoadPlan): Promise<LoadResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(plan.token ? { authorization: `Bearer ${plan.token}` } : {}) };
  return new Promise((resolve, reject) => {
    autocannon({ url: plan.url, connections: plan.connections, duration: plan.durationSeconds, requests: requestsOf(plan), headers }, (error, result) => {
      if (error) return reject(error);
      resolve({ requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx });
    });
  });
}

if (process.send) {
  process.once('message', (plan: LoadPlan) => {
    run(plan).then(
      (result) => process.send?.(result, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
