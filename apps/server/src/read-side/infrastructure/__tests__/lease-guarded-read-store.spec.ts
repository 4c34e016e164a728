import { openSqliteReadStore, type CollectionSpec, type DocumentWrite } from '#read-store';
import { leaseGuardedReadStore, LeaseLostError } from '../lease-guarded-read-store.js';

describe('the read store of a projections lease holder', () => {
  it('refuses a batch commit, a rebuild and a swap once the lease is lost, writing nothing', async () => {
    const store = openSqliteReadStore(':memory:');
    const collections: CollectionSpec[] = [{ name: 'people', fields: {} }];
    const put = (id: string, position: number): DocumentWrite[] => [{ kind: 'put', collection: 'people', document: { id }, position }];
    await store.prepare(collections);
    let held = true;
    const guarded = leaseGuardedReadStore(store, 'projections', () => held);
    const rebuild = await guarded.beginRebuild('people-projection', collections);
    await guarded.commit('people-projection', put('a', 1), 1);

    held = false;
    await expect(guarded.commit('people-projection', put('b', 2), 2)).rejects.toBeInstanceOf(LeaseLostError);
    await expect(rebuild.publish()).rejects.toBeInstanceOf(LeaseLostError);
    await expect(guarded.beginRebuild('people-projection', collections)).rejects.toBeInstanceOf(LeaseLostError);
    expect(await store.checkpoint('people-projection')).toBe(1);
    await rebuild.discard();
    await store.close();
  });
});
