import { REGION_PATTERN, VALUE_LABELS, valueOfLabel, type CustomerStatus, type LabelledList } from '#domain';
import { columnMeaning, type ColumnMeaning } from './import-columns.js';
import type { ImportFieldError } from './import-report.js';
import { dateOf, flagOf, textOf } from './row-values.js';

const LIST_FIELDS: Partial<Record<string, LabelledList>> = {
  industry: 'industry',
  type: 'type',
  status: 'status',
  source: 'source',
  size: 'size',
  region: 'region',
};

/** One row read from its cells: the registration body (owner still as the file gives it), the status to reach, and what was wrong. */
export interface RowDraft {
  body: Record<string, unknown>;
  status?: CustomerStatus;
  /** The owner cell: a username (or a user id). */
  owner?: string;
  errors: ImportFieldError[];
  /** The column a field path came from, as the file names it. */
  headerOf(path: string): string;
}

/**
 * Reads rows against the label table: headers in any spelling, list values by code or label, dates
 * in the forms people type. Lookups are remembered, since a file repeats the same few spellings.
 */
export class ImportRowReader {
  private readonly meanings = new Map<string, ColumnMeaning>();
  private readonly listValues = new Map<string, string | undefined>();

  constructor(private readonly industries: readonly string[]) {}

  meaningOf(header: string): ColumnMeaning {
    let meaning = this.meanings.get(header);
    if (meaning === undefined) this.meanings.set(header, (meaning = columnMeaning(header)));
    return meaning;
  }

  read(cells: unknown): RowDraft {
    const headers = new Map<string, string>();
    const draft: RowDraft = { body: {}, errors: [], headerOf: (path) => headerFor(headers, path) };
    if (typeof cells !== 'object' || cells === null || Array.isArray(cells)) {
      draft.errors.push({ field: 'row', path: 'row', message: 'each row must be an object' });
      return draft;
    }
    for (const [header, value] of Object.entries(cells)) {
      const meaning = this.meaningOf(header);
      if (meaning === 'ignored') continue;
      if ('unknown' in meaning) {
        draft.errors.push({ field: header, path: header, message: meaning.unknown });
        continue;
      }
      headers.set(meaning.path, header);
      this.readCell(draft, meaning.path, header, value);
    }
    return draft;
  }

  private readCell(draft: RowDraft, path: string, header: string, value: unknown): void {
    const fail = (message: string) => draft.errors.push({ field: header, path, message });
    if (path === 'allowDuplicate') {
      const flag = flagOf(value);
      if (flag === undefined && textOf(value) !== undefined) fail('allowDuplicate must be true or false');
      else if (flag !== undefined) draft.body.allowDuplicate = flag;
      return;
    }
    // A JSON row may hold a wrong type; validation names it rather than a guess at its text.
    if (typeof value === 'object' && value !== null && !(value instanceof Date)) return setPath(draft.body, path, value);
    const text = textOf(value);
    if (text === undefined) return;
    const list = LIST_FIELDS[path];
    if (list !== undefined) {
      const code = this.listValue(list, text);
      if (code === undefined) return void fail(`${path} "${text}" is not one of: ${choices(list, this.industries)}`);
      if (path === 'status') draft.status = code as CustomerStatus;
      else setPath(draft.body, path, code);
      return;
    }
    if (path === 'firstContactAt') {
      const date = dateOf(value);
      if (date === undefined) fail('firstContactAt must be a date such as 2024-01-15 or 2024/1/15');
      else draft.body.firstContactAt = date;
      return;
    }
    if (path === 'ownerId') {
      draft.owner = text;
      return;
    }
    setPath(draft.body, path, text);
  }

  /** A list value from its code or any label; a configured industry or a region code outside the table is taken as written. */
  private listValue(list: LabelledList, text: string): string | undefined {
    const key = `${list}\u0000${text}`;
    if (this.listValues.has(key)) return this.listValues.get(key);
    let code = valueOfLabel(list, text);
    if (code === undefined && list === 'industry' && this.industries.includes(text)) code = text;
    if (code === undefined && list === 'region' && REGION_PATTERN.test(text)) code = text;
    this.listValues.set(key, code);
    return code;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

/**
 * The column a field came from. An error on a whole object (`contact`: neither phone nor e-mail)
 * names the first of its columns the file labels in Chinese or English words, else the path itself.
 */
function headerFor(headers: Map<string, string>, path: string): string {
  const exact = headers.get(path);
  if (exact !== undefined) return exact;
  for (const [column, header] of headers) if (column.startsWith(`${path}.`) && header !== column) return header;
  return path;
}

function choices(list: LabelledList, industries: readonly string[]): string {
  const labels = VALUE_LABELS[list] as Record<string, { 'zh-Hans': string; 'zh-Hant': string }>;
  const codes = list === 'industry' ? industries : Object.keys(labels);
  const shown = codes.map((code) => {
    const label = labels[code];
    if (!label) return code;
    const zh = label['zh-Hans'] === label['zh-Hant'] ? label['zh-Hans'] : `${label['zh-Hans']}/${label['zh-Hant']}`;
    return `${code} (${zh})`;
  });
  return list === 'region' ? `${shown.join(', ')} or another 2-4 letter code` : shown.join(', ');
}
