import { fieldOfHeader } from '#domain';

/** Registration fields a column may fill beyond the label table's (English paths, as the JSON body names them; a JSON row's empty `contact: {}` stays whole). */
const EXTRA_PATHS = ['allowDuplicate', 'sensitive.idNumber', 'sensitive.bankAccount', 'contact', 'sensitive'];
/** Columns of an export that an import reads past: the system sets them. */
const IGNORED_FIELDS = new Set(['createdAt', 'updatedAt']);
/** Columns of an export that an import cannot fill (tags are given through their own command). */
const NOT_IMPORTABLE = new Set(['tags']);

export type ColumnMeaning = { path: string } | 'ignored' | { unknown: string };

/** What a column header stands for: a field path (`contact.phone`), a column to skip, or an explanation why it is unknown. */
export function columnMeaning(header: string): ColumnMeaning {
  const trimmed = header.trim();
  if (EXTRA_PATHS.includes(trimmed)) return { path: trimmed };
  const field = fieldOfHeader(trimmed);
  if (field === undefined) return { unknown: 'unknown column: not a customer field in Chinese (simplified or traditional) or English' };
  if (IGNORED_FIELDS.has(field)) return 'ignored';
  if (NOT_IMPORTABLE.has(field)) return { unknown: `${field} cannot be imported` };
  return { path: field };
}

/** What is wrong with a file's header row: columns no field answers to, and two columns for the same field. */
export function headerErrors(headers: readonly string[]): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const byPath = new Map<string, string>();
  for (const header of headers) {
    const meaning = columnMeaning(header);
    if (meaning === 'ignored') continue;
    if ('unknown' in meaning) errors.push({ field: header, message: meaning.unknown });
    else if (byPath.has(meaning.path)) errors.push({ field: header, message: `same field (${meaning.path}) as the column ${byPath.get(meaning.path)}` });
    else byPath.set(meaning.path, header);
  }
  return errors;
}
