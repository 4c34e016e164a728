import type { ReportColumn, ReportDescriptor } from '../../exports/report-descriptor.js';
import type { CustomerListItem } from './customer-read-view.js';

// Keys as today's CSV names them (toCsvRow), labels from the label table.
const COLUMNS: readonly ReportColumn[] = [
  { key: 'id', label: 'id', kind: 'text' },
  { key: 'code', label: 'code', kind: 'text' },
  { key: 'name', label: 'name', kind: 'text' },
  { key: 'type', label: 'type', kind: 'text', list: 'type' },
  { key: 'contactName', label: 'contact.name', kind: 'text' },
  { key: 'phone', label: 'contact.phone', kind: 'text' },
  { key: 'email', label: 'contact.email', kind: 'text' },
  { key: 'industry', label: 'industry', kind: 'text', list: 'industry' },
  { key: 'region', label: 'region', kind: 'text', list: 'region' },
  { key: 'source', label: 'source', kind: 'text', list: 'source' },
  { key: 'status', label: 'status', kind: 'text', list: 'status' },
  { key: 'ownerId', label: 'ownerId', kind: 'text' },
  { key: 'tags', label: 'tags', kind: 'text' },
  { key: 'registeredAt', label: 'createdAt', kind: 'datetime' },
  { key: 'lastInteractionAt', label: 'lastInteractionAt', kind: 'datetime' },
  { key: 'trailing12MonthSpend', label: 'trailing12MonthSpend', kind: 'money' },
  { key: 'valueTier', label: 'valueTier', kind: 'text', list: 'valueTier' },
  { key: 'churnRiskScore', label: 'churnRiskScore', kind: 'integer' },
  { key: 'churnRiskLevel', label: 'churnRiskLevel', kind: 'text', list: 'churnRiskLevel' },
  { key: 'revision', label: 'revision', kind: 'integer' },
];

const VALUE_COLUMNS: readonly string[] = ['trailing12MonthSpend', 'valueTier'];

/** The customer list as a file, without the value columns for a role that hides them (its items carry no value). */
export function customerListReport(items: readonly CustomerListItem[]): ReportDescriptor {
  const hidesValue = items.length > 0 && items.every((item) => item.value === undefined);
  return {
    name: 'customers',
    title: { en: 'Customers', 'zh-Hans': '客户列表', 'zh-Hant': '客戶列表' },
    columns: hidesValue ? COLUMNS.filter((column) => !VALUE_COLUMNS.includes(column.key)) : COLUMNS,
  };
}
