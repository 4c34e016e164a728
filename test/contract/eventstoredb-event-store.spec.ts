import { connectEventStoreDb } from '#event-store';
import { describeEventStoreContract } from './event-store.contract.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreContract('EventStoreDB', async (clock) => {
    const store = await connectEventStoreDb(connectionString, clock);
    return { store, cleanup: () => store.close() };
  });
} else {
  const reason = 'SKIPPED: EventStoreDB contract suite — set EVENTSTORE_CONNECTION_STRING=esdb://localhost:2113?tls=false to run it';
  console.warn(reason);
  describe.skip(reason, () => {
    it('runs against a live EventStoreDB/KurrentDB node', () => undefined);
  });
}
