export * from './read-store.port.js';
export * from './keyset-cursor.js';
export { openSqliteReadStore } from './sqlite/sqlite-read-store.js';
export { connectMongoReadStore } from './mongodb/mongodb-read-store.js';
