import { redactEventData, type PersonalDataView } from '#application';
import type { HistoryItem } from '#audit';

// History shows decrypted data; the hash chain covers the stored, encrypted form: check it with the verify route or an export.

export function redactHistoryItem(item: HistoryItem, view: PersonalDataView): HistoryItem {
  return { ...item, data: redactEventData(item.data, view) };
}
