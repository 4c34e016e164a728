import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectionSpec } from '../../read-store.port.js';
import { openSqliteReadStore } from '../sqlite-read-store.js';

describe('SqliteReadStore on a file from before a multi-valued field was added', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-added-field-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the new field view, so filters on it answer instead of failing', async () => {
    const before: CollectionSpec = { name: 'people', fields: { status: 'text' }, multiValued: ['tags'] };
    const old = openSqliteReadStore(join(dir, 'read.db'));
    await old.prepare([before]);
    await old.close();

    const store = openSqliteReadStore(join(dir, 'read.db'));
    await store.prepare([{ ...before, multiValued: ['tags', 'keys'] }]);
    await store.commit('p', [{ kind: 'put', collection: 'people', document: { id: 'a', status: 'won', keys: ['k1'] }, position: 1 }], 1);
    expect(await store.count('people', { has: { keys: 'k1' } })).toBe(1);
    await store.close();
  });

  it('adds an indexed field to a table written before it existed, filled from the stored documents', async () => {
    const before: CollectionSpec = { name: 'cases', fields: { status: 'text' } };
    const old = openSqliteReadStore(join(dir, 'cases.db'));
    await old.prepare([before]);
    await old.commit('p', [{ kind: 'put', collection: 'cases', document: { id: 'a', status: 'open', openedAt: '2024-01-02', tags: ['vip'] }, position: 1 }], 1);
    await old.close();

    const store = openSqliteReadStore(join(dir, 'cases.db'));
    await store.prepare([{ ...before, fields: { status: 'text', openedAt: 'text' }, multiValued: ['tags'] }]);
    expect(await store.count('cases', { range: { openedAt: { lt: '2024-02-01' } } })).toBe(1);
    expect(await store.count('cases', { has: { tags: 'vip' } })).toBe(1);
    await store.commit('p', [{ kind: 'put', collection: 'cases', document: { id: 'b', status: 'open', openedAt: '2024-03-01' }, position: 2 }], 2);
    expect(await store.count('cases', { range: { openedAt: { gte: '2024-02-01' } } })).toBe(1);
    await store.close();
  });

  it('adds the column of a scalar field to the existing table, so writes with it succeed and it can be grouped on', async () => {
    const before: CollectionSpec = { name: 'accounts', fields: { status: 'text' } };
    const old = openSqliteReadStore(join(dir, 'read.db'));
    await old.prepare([before]);
    await old.commit('q', [{ kind: 'put', collection: 'accounts', document: { id: 'a', status: 'won' }, position: 1 }], 1);
    await old.close();

    const store = openSqliteReadStore(join(dir, 'read.db'));
    await store.prepare([{ ...before, fields: { status: 'text', spend: 'number' }, unindexed: ['spend'] }]);
    await store.commit('q', [{ kind: 'put', collection: 'accounts', document: { id: 'b', status: 'won', spend: 5 }, position: 2 }], 2);
    expect(await store.group('accounts', { by: [{ path: 'status' }], sum: [{ path: 'spend' }] })).toEqual([{ key: ['won'], count: 2, sums: [5] }]);
    await store.close();
  });
});
