import type { Command } from 'commander';
import { randomUUID } from 'node:crypto';
import { CustomerCommandPipeline, DuplicateDetector } from '#application';
import { CUSTOMER_STREAM_PREFIX, customerIdOfStream } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CLOCK, type Clock } from '#shared';
import { progressBar } from '../progress.js';
import { withAppContext } from '../with-app-context.js';

const PAGE = 1000;

/**
 * `identities:rekey`: moves every customer's identity claims from the unkeyed SHA-256 stream names of
 * earlier versions to the keyed (HMAC) ones. Idempotent and resumable: a second run appends nothing.
 * Erased customers released their claims at erasure and are skipped.
 */
export function register(program: Command, env: NodeJS.ProcessEnv = process.env): void {
  program
    .command('identities:rekey')
    .description('Move identity claims (duplicate detection) to keyed stream names, with a progress bar')
    .action(async () => {
      const summary = await withAppContext(async (app) => {
        const store = app.get<EventStore>(EVENT_STORE);
        const pipeline = app.get(CustomerCommandPipeline);
        const duplicates = app.get(DuplicateDetector);
        const clock = app.get<Clock>(CLOCK);
        const customerIds = await registeredCustomers(store);
        const context = {
          actor: { userId: 'cli', role: 'admin' as const },
          correlationId: `cli-identities-rekey-${randomUUID()}`,
          causationId: 'cli-identities-rekey',
        };
        const bar = progressBar('identities', customerIds.length);
        let appended = 0;
        try {
          for (const [index, customerId] of customerIds.entries()) {
            const { state } = await pipeline.load(customerId);
            if (state.kind === 'registered' && !state.personalDataErased) appended += await duplicates.rekey(state, customerId, context, clock.now());
            bar.update(index + 1);
          }
        } finally {
          bar.stop();
        }
        return { customers: customerIds.length, appended };
      }, env);
      console.log(JSON.stringify(summary, null, 2));
    });
}

async function registeredCustomers(store: EventStore): Promise<string[]> {
  const ids: string[] = [];
  let after: number | undefined;
  for (;;) {
    const page = await store.readAll({ after, types: ['CustomerRegistered'], streamPrefixes: [CUSTOMER_STREAM_PREFIX], limit: PAGE });
    ids.push(...page.map((event) => customerIdOfStream(event.streamId)));
    if (page.length < PAGE) return ids;
    after = page[page.length - 1].position;
  }
}
