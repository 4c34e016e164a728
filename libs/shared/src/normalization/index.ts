export { foldFullWidth } from './full-width.js';
export { normalizePhone, isCanonicalPhone } from './phone-number.js';
export { normalizeEmail, isValidEmail } from './email-address.js';
export { normalizeName } from './display-name.js';
export { matchName, type MatchName } from './match-name.js';
