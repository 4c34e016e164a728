export * from './anchors/index.js';
export * from './as-of.js';
export * from './chain-verification.js';
export * from './customer-audit-trail.js';
export * from './history-formats.js';
export * from './history-item.js';
export * from './signed-export.js';
export * from './status-history.js';
