import BetterSqlite3 from 'better-sqlite3';
import type { GroupQuery } from '../../read-store.port.js';
import { SqliteCollectionTable } from '../sqlite-collection-table.js';
import { groupStatement } from '../sqlite-group.js';

// A group over the covering index's columns alone scans that index, never the documents; anything
// else it needs (a document path, a text search, a side table key) sends it back to the table.

const table = new SqliteCollectionTable({
  name: 'people',
  fields: { status: 'text', owner: 'text', score: 'number', name: 'text' },
  multiValued: ['tags'],
  searchable: ['name'],
  coveringIndex: ['owner', 'status', 'score'],
});
const covering = { table: table.physical(0), index: table.coveringIndex(0) };

function plan(query: GroupQuery): string {
  const db = new BetterSqlite3(':memory:');
  for (const sql of [...table.tablesDdl(0), ...table.indexesDdl(0), ...table.viewsDdl(0)]) db.exec(sql);
  const { sql, params } = groupStatement(table, query, covering);
  const detail = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('; ');
  db.close();
  return detail;
}

describe('SQLite group over a covering index', () => {
  it.each<[string, GroupQuery]>([
    ['keys and sums', { by: [{ path: 'status' }], sum: [{ path: 'score' }] }],
    [
      'cases over covered columns, filtered by owner',
      { by: [{ cases: [{ when: { path: 'score', gt: 5 }, then: 'high' }], otherwise: 'low' }], filter: { equals: { owner: ['u1', 'u2'] } } },
    ],
    ['a tag filter (by id)', { by: [{ path: 'status' }], filter: { has: { tags: 'vip' } } }],
  ])('scans the index for %s', (_, query) => {
    expect(plan(query)).toContain(`COVERING INDEX ${covering.index}`);
  });

  it.each<[string, GroupQuery]>([
    ['a document path', { by: [{ path: 'contact.email' }] }],
    ['a field outside the index', { by: [{ path: 'name' }] }],
    ['a text search', { by: [{ path: 'status' }], filter: { text: 'acme' } }],
    ['a multi-valued key', { by: [{ path: 'tags' }] }],
  ])('reads the table for %s', (_, query) => {
    expect(plan(query)).not.toContain(covering.index);
  });
});
