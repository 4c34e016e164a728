export * from './lease-store.port.js';
export * from './lease-keeper.js';
export * from './sqlite/sqlite-lease-store.js';
export * from './mongodb/mongodb-lease-store.js';
export * from './jobs/admin-job.js';
export * from './jobs/admin-job-log.js';
export * from './jobs/admin-job-worker.js';
