// What the CLI, the benches and the end-to-end tests use of the server: its wiring, configuration and a few services.
export * from './app.module.js';
export * from './create-app.js';
export * from './config/app-config.js';
export * from './audit/signing-key/audit-signing-key.js';
export * from './infrastructure/event-store.factory.js';
export * from './read-side/infrastructure/read-store.factory.js';
export * from './customers/commands/import-customers/customer-importer.js';
export * from './customers/commands/import-customers/import-rows.js';
export * from './http/validation.js';
export * from './users/create-user.dto.js';
export * from './users/user-accounts.service.js';
export * from './rules/rules-evaluation.service.js';
export * from './rules/rules-scheduler.js';
export * from './sagas/saga-feeder.service.js';
export * from './openapi/api-types.js';
