export * from './key-store.port.js';
export * from './field-cipher.js';
export * from './sqlite-key-store.js';
export * from './personal-fields.js';
export * from './personal-data-event-store.js';
export * from './master-key.js';
export * from './mongodb-key-store.js';
export * from './key-subject.js';
