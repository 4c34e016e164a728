export * from './event-store.port.js';
export * from './event-store.errors.js';
export * from './canonical-json.js';
export * from './hash-chain.js';
export * from './sqlite/sqlite-event-store.js';
export * from './expected-revision.js';
export * from './stored-events.js';
export * from './read-mapping-event-store.js';
