import { foldFullWidth } from './full-width.js';

/** A customer's or contact's name as stored: full-width ASCII folded, trimmed, inner whitespace collapsed to one space. */
export function normalizeName(entered: string): string {
  return foldFullWidth(entered).trim().replace(/\s+/g, ' ');
}
