export * from './read-store.port.js';
export * from './keyset-cursor.js';
