export * from './upcaster.js';
export * from './upcaster-registry.js';
export * from './upcasting-event-store.js';
