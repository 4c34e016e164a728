export * from './read-store.port.js';
export * from './keyset-cursor.js';
export { openSqliteReadStore, SqliteReadStore } from './sqlite/sqlite-read-store.js';
export { connectMongoReadStore, MongoReadStore } from './mongodb/mongodb-read-store.js';
