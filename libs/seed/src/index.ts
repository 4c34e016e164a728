export * from './prng.js';
export * from './demo-customers.js';
export * from './demo-events.js';
export * from './bulk-seed-sqlite.js';
