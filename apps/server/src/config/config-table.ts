import { CONFIG_SCHEMA } from './config-schema.js';

export const TABLE_START =
  '<!-- config-table: written by `npm run docs:config` from apps/server/src/config/config-schema.ts; edit the schema, not this table -->';
export const TABLE_END = '<!-- /config-table -->';

const HEADER = ['variable', 'type', 'default', 'meaning'];

/** The README's "Configuration (environment)" table: one row per variable of CONFIG_SCHEMA. */
export function configTable(): string {
  const rows = Object.values(CONFIG_SCHEMA).map((setting) => [`\`${setting.name}\``, setting.type, setting.shownDefault, setting.doc]);
  return [HEADER, HEADER.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The text between the README's markers, or undefined when they are missing. */
export function tableInReadme(readme: string): string | undefined {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + TABLE_START.length, end).trim();
}

/** The README with the table between its markers replaced by the schema's. */
export function withConfigTable(readme: string): string {
  const current = tableInReadme(readme);
  if (current === undefined) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} markers`);
  const start = readme.indexOf(TABLE_START) + TABLE_START.length;
  return `${readme.slice(0, start)}\n\n${configTable()}\n\n${readme.slice(readme.indexOf(TABLE_END))}`;
}

/** The cells of each row, separator row left out: what Prettier's column alignment does not change. */
export function tableCells(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => !cells.every((cell) => /^:?-+:?$/.test(cell)));
}
