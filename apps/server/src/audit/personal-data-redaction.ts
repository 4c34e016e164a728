import type { Actor } from '#domain';
import type { HistoryItem } from '#audit';
import { redactEventData } from '../customers/masking.js';

// SPEC §7: contact data in clear for admin only here (auditors own no customers); `sensitive` for admin only.
// History shows decrypted data; the hash chain covers the stored, encrypted form: check it with the verify route or an export.

export const seesPersonalData = (actor: Actor): boolean => actor.role === 'admin';

export function redactHistoryItem(item: HistoryItem, actor: Actor): HistoryItem {
  if (seesPersonalData(actor)) return item;
  return { ...item, data: redactEventData(item.data) };
}
