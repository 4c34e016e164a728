export * from './event-store.port.js';
export * from './event-store.errors.js';
export * from './canonical-json.js';
export * from './hash-chain.js';
export * from './sqlite/sqlite-event-store.js';
export * from './expected-revision.js';
export * from './stored-events.js';
export * from './read-mapping-event-store.js';
export { configureDatabase } from './sqlite/sqlite-schema.js';
export { GroupCommit } from './sqlite/group-commit.js';
export { connectEventStoreDb, EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store.js';
export { EventStoreDbSubscription } from './eventstoredb/eventstoredb-subscription.js';
export { EventStoreDbMappingError } from './eventstoredb/eventstoredb-mapping.js';
export type {
  KurrentDbAppendResult,
  KurrentDbConnection,
  KurrentDbMultiAppendResult,
  KurrentDbReadAllOptions,
  KurrentDbReadStreamOptions,
  KurrentDbStreamAppend,
} from './eventstoredb/eventstoredb-client.js';
