export * from './newest-anchor.js';
export * from './stream-anchor.js';
export * from './stream-anchor-writer.js';
