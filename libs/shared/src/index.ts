export * from './clock.js';
export * from './calendar.js';
export * from './normalization/index.js';
