// The EventStore contract run against the EventStoreDB adapter over an in-memory stand-in for the
// server (see stand-ins/kurrentdb.stand-in.ts for the server rules it follows), so the adapter's own logic —
// idempotent retries, batch positions, filtered reads, resubscription — is held to the contract on
// every run, not only where a server is available (eventstoredb-event-store.spec.ts).
import { EventStoreDbEventStore } from '#event-store';
import { StandInKurrentDb } from './stand-ins/kurrentdb.stand-in.js';
import { describeEventStoreContract } from './event-store.contract.js';

describeEventStoreContract('EventStoreDB adapter over a stand-in server', async (clock) => {
  const store = new EventStoreDbEventStore(new StandInKurrentDb(), clock);
  return { store, cleanup: () => store.close() };
});
