import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectionSpec, DocumentWrite } from '../../read-store.port.js';
import { openSqliteReadStore, type SqliteReadStore } from '../sqlite-read-store.js';

const people: CollectionSpec = { name: 'people', fields: { status: 'text' }, multiValued: ['tags'], searchable: ['name'] };
const put = (id: string, status: string, tags: string[], position: number): DocumentWrite => ({
  kind: 'put',
  collection: 'people',
  document: { id, name: id, status, tags },
  position,
});

describe('SqliteReadStore rebuild into a shadow generation', () => {
  let dir: string;
  let store: SqliteReadStore;
  let other: SqliteReadStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-shadow-'));
    store = openSqliteReadStore(join(dir, 'read.db'));
    other = openSqliteReadStore(join(dir, 'read.db'));
    await store.prepare([people]);
    await other.prepare([people]);
    await store.commit('p', [put('a', 'won', ['vip'], 1), put('b', 'lost', [], 2)], 2);
  });

  afterEach(async () => {
    await store.close();
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps readers on the live model until publish, then swaps models and checkpoint at once', async () => {
    const rebuild = await store.beginRebuild('p', [people]);
    await rebuild.commit([put('a', 'prospect', ['new'], 1)], 5);
    expect(await rebuild.get('people', 'a')).toMatchObject({ document: { status: 'prospect' }, position: 1 });
    expect(await rebuild.get('people', 'b')).toBeUndefined();
    // Readers (here: another connection, as an API replica) still see the old model.
    expect((await other.list('people', { sort: { field: 'status', direction: 'asc' }, limit: 10 })).items.map((d) => d.id)).toEqual(['b', 'a']);
    expect(await other.countBy('people', 'tags')).toEqual([{ value: 'vip', count: 1 }]);

    await rebuild.publish();
    expect((await other.list('people', { filter: { has: { tags: 'new' } }, sort: { field: 'status', direction: 'asc' }, limit: 10 })).items).toEqual([
      { id: 'a', name: 'a', status: 'prospect', tags: ['new'] },
    ]);
    expect(await other.count('people')).toBe(1);
    expect(await other.checkpoint('p')).toBe(5);
  });

  it('lets a writer of another process follow the swap (its next commit lands in the new generation)', async () => {
    const rebuild = await store.beginRebuild('p', [people]);
    await rebuild.commit([put('a', 'prospect', [], 1)], 2);
    await rebuild.publish();
    await other.commit('p', [put('c', 'won', ['late'], 3)], 3);
    expect((await store.list('people', { sort: { field: 'status', direction: 'asc' }, limit: 10 })).items.map((d) => d.id)).toEqual(['a', 'c']);
    expect(await store.countBy('people', 'tags')).toEqual([{ value: 'late', count: 1 }]);
  });

  it('drops the shadow on discard and leaves the live model alone', async () => {
    const rebuild = await store.beginRebuild('p', [people]);
    await rebuild.commit([put('z', 'won', [], 9)], 9);
    await rebuild.discard();
    expect(await store.count('people')).toBe(2);
    expect(await store.checkpoint('p')).toBe(2);
    // A later rebuild starts from empty shadow tables again.
    const again = await store.beginRebuild('p', [people]);
    expect(await again.get('people', 'z')).toBeUndefined();
  });

  it('rewrites a document the shadow already holds in full (its tags replaced), and ignores a replay of an older write', async () => {
    const rebuild = await store.beginRebuild('p', [people]);
    await rebuild.commit([put('a', 'prospect', ['new', 'vip'], 3)], 3);
    await rebuild.commit([put('a', 'won', ['renewal'], 7)], 7);
    await rebuild.commit([put('a', 'lost', ['stale'], 5)], 7);
    await rebuild.publish();
    expect(await store.get('people', 'a')).toEqual({ document: { id: 'a', name: 'a', status: 'won', tags: ['renewal'] }, position: 7 });
    expect(await store.countBy('people', 'tags')).toEqual([{ value: 'renewal', count: 1 }]);
  });
});
