import type { Actor } from '../../../../libs/application/src/index.js';
import type { HistoryItem } from '../../../../libs/audit/src/index.js';
import type { Contact } from '../../../../libs/domain/src/index.js';
import { maskContact } from '../customers/masking.js';

// SPEC §7: contact data in clear for admin only here (auditors own no customers); `sensitive` for admin only.
// History shows decrypted data; the hash chain covers the stored, encrypted form: check it with the verify route or an export.

export const seesPersonalData = (actor: Actor): boolean => actor.role === 'admin';

function redactProfile(profile: Record<string, unknown>): Record<string, unknown> {
  const { sensitive: _sensitive, ...rest } = profile;
  return rest.contact === undefined ? rest : { ...rest, contact: maskContact(rest.contact as Contact) };
}

export function redactHistoryItem(item: HistoryItem, actor: Actor): HistoryItem {
  if (seesPersonalData(actor)) return item;
  const { changes, ...data } = item.data;
  const redacted = redactProfile(data);
  return { ...item, data: changes === undefined ? redacted : { ...redacted, changes: redactProfile(changes as Record<string, unknown>) } };
}
