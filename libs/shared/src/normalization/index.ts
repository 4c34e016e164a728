export { normalizePhone, isCanonicalPhone } from './phone-number.js';
export { normalizeEmail, isValidEmail } from './email-address.js';
export { normalizeName } from './display-name.js';
export { matchName } from './match-name.js';
