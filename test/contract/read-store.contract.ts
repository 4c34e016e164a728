// One behavioural contract for every ReadStore adapter (SQLite, MongoDB).
// Collection and projection names are random per test, so the suite can share a server.
import { randomUUID } from 'node:crypto';
import type { CollectionSpec, DocumentPage, ReadDocument, ReadStore } from '#read-store';

interface Person extends ReadDocument {
  name: string;
  status: string;
  score: number;
  tags: string[];
  contact: { email?: string };
}

const person = (id: string, name: string, status: string, score: number, tags: string[] = [], email?: string): Person => ({
  id,
  name,
  status,
  score,
  tags,
  contact: email ? { email } : {},
});

export function describeReadStoreContract(name: string, create: () => Promise<{ store: ReadStore; cleanup(): Promise<void> }>): void {
  describe(`ReadStore contract: ${name}`, () => {
    let store: ReadStore;
    let cleanup: () => Promise<void>;
    let people: string;
    let projection: string;

    beforeEach(async () => {
      ({ store, cleanup } = await create());
      const suffix = randomUUID().replaceAll('-', '').slice(0, 10);
      people = `people_${suffix}`;
      projection = `people-projection-${suffix}`;
      const spec: CollectionSpec = {
        name: people,
        fields: { status: 'text', name: 'text', score: 'number' },
        multiValued: ['tags'],
        searchable: ['name', 'contact.email'],
        // Groups over these alone read the index (SQLite); the results are those of any other group.
        coveringIndex: ['status', 'score'],
      };
      await store.prepare([spec]);
    });

    afterEach(async () => {
      await cleanup();
    });

    const put = (document: Person, position: number) => ({ kind: 'put' as const, collection: people, document, position });
    const ids = (page: DocumentPage<Person>) => page.items.map((p) => p.id);

    const seed = () =>
      store.commit(
        projection,
        [
          put(person('a', 'Alpha Ltd', 'prospect', 30, ['vip', 'north'], 'ops@alpha.example'), 1),
          put(person('b', 'Beta 100%', 'won', 10, ['vip']), 2),
          put(person('c', 'Gamma', 'prospect', 20, []), 3),
          put(person('d', 'Delta', 'churned', 20, ['north']), 4),
        ],
        4,
      );

    describe('commit and checkpoint', () => {
      it('reads 0 for a projection that never committed', async () => {
        expect(await store.checkpoint(projection)).toBe(0);
      });

      it('stores the documents with their positions and moves the checkpoint', async () => {
        await seed();
        expect(await store.checkpoint(projection)).toBe(4);
        expect(await store.get<Person>(people, 'a')).toEqual({
          document: person('a', 'Alpha Ltd', 'prospect', 30, ['vip', 'north'], 'ops@alpha.example'),
          position: 1,
        });
        expect(await store.get(people, 'missing')).toBeUndefined();
      });

      it('ignores a write at or below the position already applied (a replay changes nothing)', async () => {
        await seed();
        await store.commit(projection, [put(person('a', 'Stale', 'won', 0), 1), put(person('b', 'Older', 'won', 0), 1)], 4);
        expect((await store.get<Person>(people, 'a'))?.document.name).toBe('Alpha Ltd');
        expect((await store.get<Person>(people, 'b'))?.document.name).toBe('Beta 100%');
        expect(await store.countBy(people, 'tags')).toEqual([
          { value: 'north', count: 2 },
          { value: 'vip', count: 2 },
        ]);
      });

      it('never moves the checkpoint backwards', async () => {
        await seed();
        await store.commit(projection, [], 2);
        expect(await store.checkpoint(projection)).toBe(4);
      });

      it('applies a newer write, replacing fields and multi-valued entries', async () => {
        await seed();
        await store.commit(projection, [put(person('a', 'Alpha Group', 'won', 31, ['gold']), 5)], 5);
        expect((await store.get<Person>(people, 'a'))?.document).toMatchObject({ name: 'Alpha Group', tags: ['gold'] });
        expect(ids(await store.list<Person>(people, { filter: { has: { tags: 'vip' } }, sort: { field: 'name', direction: 'asc' }, limit: 10 }))).toEqual([
          'b',
        ]);
        expect(ids(await store.list<Person>(people, { filter: { equals: { status: 'won' } }, sort: { field: 'name', direction: 'asc' }, limit: 10 }))).toEqual([
          'a',
          'b',
        ]);
      });

      it('deletes only with a newer position', async () => {
        await seed();
        await store.commit(projection, [{ kind: 'delete', collection: people, id: 'c', position: 3 }], 4);
        expect(await store.get(people, 'c')).toBeDefined();
        await store.commit(projection, [{ kind: 'delete', collection: people, id: 'c', position: 6 }], 6);
        expect(await store.get(people, 'c')).toBeUndefined();
        expect(await store.count(people)).toBe(3);
      });
    });

    describe('queries', () => {
      beforeEach(seed);
      const byName = { field: 'name', direction: 'asc' } as const;

      it('filters by equality, IN, membership, range and text', async () => {
        expect(ids(await store.list<Person>(people, { filter: { equals: { status: 'prospect' } }, sort: byName, limit: 10 }))).toEqual(['a', 'c']);
        expect(ids(await store.list<Person>(people, { filter: { equals: { status: ['won', 'churned'] } }, sort: byName, limit: 10 }))).toEqual(['b', 'd']);
        expect(ids(await store.list<Person>(people, { filter: { equals: { status: [] } }, sort: byName, limit: 10 }))).toEqual([]);
        expect(ids(await store.list<Person>(people, { filter: { has: { tags: 'north' } }, sort: byName, limit: 10 }))).toEqual(['a', 'd']);
        expect(ids(await store.list<Person>(people, { filter: { range: { score: { gte: 20, lt: 30 } } }, sort: byName, limit: 10 }))).toEqual(['d', 'c']);
        expect(ids(await store.list<Person>(people, { filter: { text: 'ALPHA.EXAMPLE' }, sort: byName, limit: 10 }))).toEqual(['a']);
        expect(ids(await store.list<Person>(people, { filter: { text: '100%' }, sort: byName, limit: 10 }))).toEqual(['b']);
        expect(ids(await store.list<Person>(people, { filter: { text: '%' }, sort: byName, limit: 10 }))).toEqual(['b']);
      });

      it('searches text in chosen searchable paths only, and matches any of several filters', async () => {
        await seed();
        const inName = (text: string) => ({ textIn: { text, paths: ['name'] } });
        expect(ids(await store.list<Person>(people, { filter: inName('ALPHA'), sort: byName, limit: 10 }))).toEqual(['a']);
        expect(ids(await store.list<Person>(people, { filter: inName('ops@'), sort: byName, limit: 10 }))).toEqual([]);
        expect(ids(await store.list<Person>(people, { filter: { textIn: { text: 'ops@', paths: ['contact.email'] } }, sort: byName, limit: 10 }))).toEqual([
          'a',
        ]);
        expect(ids(await store.list<Person>(people, { filter: inName('%'), sort: byName, limit: 10 }))).toEqual(['b']);
        const either = { anyOf: [inName('gam'), { equals: { status: 'churned' }, has: { tags: 'north' } }] };
        expect(ids(await store.list<Person>(people, { filter: either, sort: byName, limit: 10 }))).toEqual(['d', 'c']);
        expect(await store.count(people, { equals: { status: 'prospect' }, anyOf: [inName('gam'), { has: { tags: 'vip' } }] })).toBe(2);
        expect(await store.count(people, { anyOf: [] })).toBe(0);
        expect(await store.count(people, { anyOf: [{}] })).toBe(4);
        await expect(store.count(people, { textIn: { text: 'x', paths: ['status'] } })).rejects.toMatchObject({ name: 'UnindexedFieldError' });
      });

      it('pages with a keyset in both directions, ties broken by id', async () => {
        const descending = { field: 'score', direction: 'desc' } as const;
        const first = await store.list<Person>(people, { sort: descending, limit: 2 });
        expect(ids(first)).toEqual(['a', 'd']);
        expect(first.next).toEqual({ value: 20, id: 'd' });
        const second = await store.list<Person>(people, { sort: descending, after: first.next, limit: 2 });
        expect(ids(second)).toEqual(['c', 'b']);
        expect(second.next).toBeUndefined();

        const ascending = { field: 'score', direction: 'asc' } as const;
        const up = await store.list<Person>(people, { sort: ascending, limit: 2 });
        expect(ids(up)).toEqual(['b', 'c']);
        expect(ids(await store.list<Person>(people, { sort: ascending, after: up.next, limit: 5 }))).toEqual(['d', 'a']);
      });

      it('counts with a filter and per value', async () => {
        expect(await store.count(people)).toBe(4);
        expect(await store.count(people, { has: { tags: 'vip' } })).toBe(2);
        expect(await store.countBy(people, 'status')).toEqual([
          { value: 'prospect', count: 2 },
          { value: 'churned', count: 1 },
          { value: 'won', count: 1 },
        ]);
        expect(await store.countBy(people, 'tags', { equals: { status: 'prospect' } })).toEqual([
          { value: 'north', count: 1 },
          { value: 'vip', count: 1 },
        ]);
      });

      it('groups: counts and sums per key, from columns, nested paths, cases and a multi-valued field', async () => {
        await seed();
        const sorted = (rows: { key: unknown[] }[]) => [...rows].sort((a, b) => JSON.stringify(a.key).localeCompare(JSON.stringify(b.key)));
        expect(sorted(await store.group(people, { by: [{ path: 'status' }], sum: [{ path: 'score' }] }))).toEqual([
          { key: ['churned'], count: 1, sums: [20] },
          { key: ['prospect'], count: 2, sums: [50] },
          { key: ['won'], count: 1, sums: [10] },
        ]);
        const band = {
          cases: [
            { when: { path: 'score', gte: 25 }, then: 'high' },
            { when: { path: 'score', gte: 15, lt: 25 }, then: 'mid' },
          ],
          otherwise: 'low',
        };
        const won = { cases: [{ when: { path: 'status', equals: 'won' }, then: 1 }], otherwise: 0 };
        expect(sorted(await store.group(people, { by: [band, { path: 'contact.email' }], sum: [won] }))).toEqual([
          { key: ['high', 'ops@alpha.example'], count: 1, sums: [0] },
          { key: ['low', null], count: 1, sums: [1] },
          { key: ['mid', null], count: 2, sums: [0] },
        ]);
        expect(sorted(await store.group(people, { by: [{ path: 'tags' }], filter: { equals: { status: 'prospect' } } }))).toEqual([
          { key: ['north'], count: 1, sums: [] },
          { key: ['vip'], count: 1, sums: [] },
        ]);
        expect(await store.group(people, { by: [], sum: [{ path: 'score' }, { path: 'missing' }] })).toEqual([{ key: [], count: 4, sums: [80, 0] }]);
        expect(await store.group(people, { by: [{ path: 'status' }], filter: { equals: { status: 'nobody' } } })).toEqual([]);
      });

      it('filters by document ids', async () => {
        expect(await store.count(people, { ids: ['a', 'c', 'missing'] })).toBe(2);
        expect(await store.count(people, { ids: [] })).toBe(0);
        expect(ids(await store.list<Person>(people, { filter: { ids: ['a', 'b', 'c'], equals: { status: 'prospect' } }, sort: byName, limit: 10 }))).toEqual([
          'a',
          'c',
        ]);
      });

      it('counts only the values shared by at least minCount documents', async () => {
        expect(await store.countBy(people, 'status', undefined, { minCount: 2 })).toEqual([{ value: 'prospect', count: 2 }]);
        expect(await store.countBy(people, 'tags', { equals: { status: 'prospect' } }, { minCount: 2 })).toEqual([]);
        expect((await store.countBy(people, 'tags', undefined, { minCount: 2 })).every((row) => row.count >= 2)).toBe(true);
      });

      it('refuses to filter or sort on a field that is not indexed', async () => {
        await expect(store.list(people, { filter: { equals: { secret: 'x' } }, sort: byName, limit: 1 })).rejects.toMatchObject({
          name: 'UnindexedFieldError',
        });
        await expect(store.list(people, { sort: { field: 'contact', direction: 'asc' }, limit: 1 })).rejects.toMatchObject({ name: 'UnindexedFieldError' });
      });

      it('refuses an unknown collection', async () => {
        await expect(store.get('nope_' + randomUUID().slice(0, 6), 'a')).rejects.toMatchObject({ name: 'UnknownCollectionError' });
      });
    });

    describe('document shape', () => {
      it('leaves out undefined fields instead of storing null', async () => {
        const document = { ...person('u', 'Undefined', 'won', 1), contact: { email: undefined, phone: 'x' }, title: undefined };
        await store.commit(projection, [put(document as unknown as Person, 1)], 1);
        const stored = (await store.get<Person>(people, 'u'))?.document as unknown as Record<string, unknown>;
        expect(Object.keys(stored).sort()).toEqual(['contact', 'id', 'name', 'score', 'status', 'tags']);
        expect(stored.contact).toStrictEqual({ phone: 'x' });
      });

      it('matches nothing with a text filter on a collection without searchable fields', async () => {
        const plain = `${people}_plain`;
        await store.prepare([{ name: plain, fields: { status: 'text' } }]);
        await store.commit(projection, [{ kind: 'put', collection: plain, document: { id: 'p', status: 'won' }, position: 1 }], 1);
        expect((await store.list(plain, { filter: { text: 'won' }, sort: { field: 'status', direction: 'asc' }, limit: 10 })).items).toEqual([]);
        expect(await store.count(plain, { text: 'won' })).toBe(0);
        expect(await store.count(plain)).toBe(1);
      });
    });

    describe('rebuild', () => {
      const spec = (): CollectionSpec => ({
        name: people,
        fields: { status: 'text', name: 'text', score: 'number' },
        multiValued: ['tags'],
        searchable: ['name'],
      });

      it('keeps readers on the live model until publish, then swaps documents and checkpoint', async () => {
        await seed();
        const rebuild = await store.beginRebuild(projection, [spec()]);
        await rebuild.commit([put(person('a', 'Alpha New', 'won', 99, ['gold']), 1)], 9);
        await rebuild.commit([put(person('a', 'Replayed', 'won', 0), 1)], 9);
        expect(await rebuild.get<Person>(people, 'a')).toMatchObject({ document: { name: 'Alpha New' }, position: 1 });
        expect(await rebuild.get(people, 'b')).toBeUndefined();
        expect(await store.count(people)).toBe(4);
        expect(await store.checkpoint(projection)).toBe(4);

        await rebuild.publish();
        expect(await store.checkpoint(projection)).toBe(9);
        expect(ids(await store.list<Person>(people, { filter: { has: { tags: 'gold' } }, sort: { field: 'name', direction: 'asc' }, limit: 10 }))).toEqual([
          'a',
        ]);
        expect(await store.count(people)).toBe(1);
        expect(await store.countBy(people, 'tags')).toEqual([{ value: 'gold', count: 1 }]);
      });

      it('publishes an empty rebuild as an empty model', async () => {
        await seed();
        const rebuild = await store.beginRebuild(projection, [spec()]);
        await rebuild.commit([], 7);
        await rebuild.publish();
        expect(await store.count(people)).toBe(0);
        expect(await store.checkpoint(projection)).toBe(7);
      });

      it('discards the shadow and leaves the live model alone; a later rebuild starts empty', async () => {
        await seed();
        const rebuild = await store.beginRebuild(projection, [spec()]);
        await rebuild.commit([put(person('z', 'Zed', 'won', 1), 9)], 9);
        await rebuild.discard();
        expect(await store.count(people)).toBe(4);
        expect(await store.checkpoint(projection)).toBe(4);
        const again = await store.beginRebuild(projection, [spec()]);
        expect(await again.get(people, 'z')).toBeUndefined();
        await again.discard();
      });
    });

    describe('reset', () => {
      it('empties the collections and forgets the checkpoint, after which positions start again', async () => {
        await seed();
        await store.reset(projection, [people]);
        expect(await store.checkpoint(projection)).toBe(0);
        expect(await store.count(people)).toBe(0);
        expect(await store.countBy(people, 'tags')).toEqual([]);
        await store.commit(projection, [put(person('a', 'Again', 'won', 1, ['vip']), 1)], 1);
        expect((await store.get<Person>(people, 'a'))?.document.name).toBe('Again');
        expect(ids(await store.list<Person>(people, { filter: { has: { tags: 'vip' } }, sort: { field: 'score', direction: 'asc' }, limit: 10 }))).toEqual([
          'a',
        ]);
      });
    });
  });
}
