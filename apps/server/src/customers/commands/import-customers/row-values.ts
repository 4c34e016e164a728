/** A cell as text: numbers as written (a phone typed as a number stays whole), dates as YYYY-MM-DD; empty as undefined. */
export function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

const DATE_FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
];

/**
 * A date as people write it (2024-01-15, 2024/1/15, 2024.1.15, 2024年1月15日, a spreadsheet date cell,
 * or an ISO instant) as the ISO text registration takes; undefined when it is not a real date.
 */
export function dateOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const text = textOf(value);
  if (text === undefined) return undefined;
  for (const form of DATE_FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const [year, month, day] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return real ? date.toISOString().slice(0, 10) : undefined;
  }
  return /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;
}

/** `true`/`false` as a spreadsheet may say it. */
export function flagOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = textOf(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (['true', 'yes', 'y', '1', '是'].includes(text)) return true;
  if (['false', 'no', 'n', '0', '否'].includes(text)) return false;
  return undefined;
}
