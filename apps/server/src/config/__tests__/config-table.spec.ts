import { readFileSync } from 'node:fs';
import { CONFIG_SCHEMA } from '../config-schema.js';
import { configTable, TABLE_END, TABLE_START, tableCells, tableInReadme, withConfigTable } from '../config-table.js';

const README = readFileSync(new URL('../../../../../README.md', import.meta.url), 'utf8');

describe('the README configuration table', () => {
  it('is the table of the schema (run `npm run docs:config` after changing a setting)', () => {
    const inReadme = tableInReadme(README);
    expect(inReadme).toBeDefined();
    expect(tableCells(inReadme ?? '')).toEqual(tableCells(configTable()));
  });

  it('has one row per variable, each variable once', () => {
    const names = Object.values(CONFIG_SCHEMA).map((setting) => setting.name);
    expect(new Set(names).size).toBe(names.length);
    expect(
      tableCells(configTable())
        .slice(1)
        .map(([variable]) => variable),
    ).toEqual(names.map((name) => `\`${name}\``));
  });

  it('is written between the markers only', () => {
    const written = withConfigTable(`# Intro\n\n${TABLE_START}\n| old |\n${TABLE_END}\n\nOutro\n`);
    expect(written).toBe(`# Intro\n\n${TABLE_START}\n\n${configTable()}\n\n${TABLE_END}\n\nOutro\n`);
    expect(() => withConfigTable('# No markers\n')).toThrow(/markers/);
  });
});
