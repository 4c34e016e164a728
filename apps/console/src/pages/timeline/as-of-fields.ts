import type { ApiSchemas } from '#api-client';
import type { LabelledField, LabelledList } from '#domain';

export type AsOfView = ApiSchemas['CustomerAsOfResponseDto'];

/** One row of a customer as of an instant: its key, how to label it, and its value as text. */
export interface AsOfField {
  key: string;
  label: { field: LabelledField } | { message: 'followUpCount' | 'lastFollowUpAt' | 'lastOrderAt' | 'orders' | 'reminders' | 'erased' };
  value: string;
  /** The list the value is a code of, to show its label. */
  list?: LabelledList;
  /** An instant, shown in the reader's language. */
  instant?: boolean;
}

/** The as-of answer as rows, in reading order: the same rows for any two instants, so they can be compared. */
export function asOfFields(view: AsOfView): AsOfField[] {
  const text = (value: string | number | undefined | null) => (value === undefined || value === null ? '' : String(value));
  return [
    { key: 'status', label: { field: 'status' }, value: view.status, list: 'status' },
    { key: 'name', label: { field: 'name' }, value: view.name },
    { key: 'code', label: { field: 'code' }, value: view.code },
    { key: 'type', label: { field: 'type' }, value: view.type, list: 'type' },
    { key: 'contact.name', label: { field: 'contact.name' }, value: text(view.contact.name) },
    { key: 'contact.title', label: { field: 'contact.title' }, value: text(view.contact.title) },
    { key: 'contact.phone', label: { field: 'contact.phone' }, value: text(view.contact.phone) },
    { key: 'contact.email', label: { field: 'contact.email' }, value: text(view.contact.email) },
    { key: 'industry', label: { field: 'industry' }, value: view.industry, list: 'industry' },
    { key: 'region', label: { field: 'region' }, value: view.region, list: 'region' },
    { key: 'source', label: { field: 'source' }, value: view.source, list: 'source' },
    { key: 'size', label: { field: 'size' }, value: text(view.size), list: 'size' },
    { key: 'firstContactAt', label: { field: 'firstContactAt' }, value: text(view.firstContactAt) },
    { key: 'ownerId', label: { field: 'ownerId' }, value: view.ownerId },
    { key: 'needs', label: { field: 'needs' }, value: text(view.needs) },
    { key: 'notes', label: { field: 'notes' }, value: text(view.notes) },
    {
      key: 'tags',
      label: { field: 'tags' },
      value: view.tags.map((tag) => (tag.source === 'rule' ? `${tag.tag} (${tag.ruleId ?? 'rule'})` : tag.tag)).join(', '),
    },
    { key: 'followUpCount', label: { message: 'followUpCount' }, value: text(view.followUpCount) },
    { key: 'lastFollowUpAt', label: { message: 'lastFollowUpAt' }, value: text(view.lastFollowUpAt), instant: true },
    { key: 'orders', label: { message: 'orders' }, value: text(view.orderIds.length) },
    { key: 'lastOrderAt', label: { message: 'lastOrderAt' }, value: text(view.lastOrderAt), instant: true },
    {
      key: 'reminders',
      label: { message: 'reminders' },
      value: view.reminders.map((reminder) => `${reminder.reason} (${reminder.status})`).join('; '),
    },
    { key: 'erased', label: { message: 'erased' }, value: view.personalDataErased ? 'yes' : '' },
  ];
}
