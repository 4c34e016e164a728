export * from './signing/webhook-signature.js';
export * from './delivery/retry-schedule.js';
export * from './delivery/customer-ordered-dispatch.js';
export * from './urls/private-address.js';
export * from './urls/webhook-url-policy.js';
export * from './schemas/json-schema.js';
export * from './schemas/customer-event-schemas.js';
export * from './schemas/feed-item-schema.js';
