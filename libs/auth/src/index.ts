export * from './password-hasher.js';
export * from './auth.decorators.js';
export * from './auth.guard.js';
export * from './jwt-claims.js';
export * from './permission-check.js';
