export * from './password-hasher.js';
export * from './auth.decorators.js';
export * from './auth.guard.js';
export * from './jwt-claims.js';
export * from './password-policy.js';
export * from './actor-resolver.js';
export * from './password-change-required.exception.js';
export * from './permission-check.js';
