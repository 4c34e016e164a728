export * from './key-store.port.js';
export * from './field-cipher.js';
export * from './personal-data-integrity.error.js';
export * from './sqlite-key-store.js';
export * from './personal-fields.js';
export * from './personal-data-event-store.js';
export * from './master-key.js';
