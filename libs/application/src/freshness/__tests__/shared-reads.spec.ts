import { SharedReads } from '../shared-reads.js';

describe('SharedReads', () => {
  const counting = () => {
    let reads = 0;
    return { read: async () => ++reads, count: () => reads };
  };

  it('serves a request that arrived before the last read began with that read', async () => {
    const reads = new SharedReads<string>();
    const store = counting();
    expect(await reads.run('u1', undefined, store.read)).toBe(1);
    expect(await reads.run('u1', 60_000, store.read)).toBe(1);
    expect(store.count()).toBe(1);
  });

  it('reads again for a request that arrived after the last read began, or whose age is unknown', async () => {
    const reads = new SharedReads<string>();
    const store = counting();
    await reads.run('u1', undefined, store.read);
    expect(await reads.run('u1', 0, store.read)).toBe(2);
    expect(await reads.run('u1', undefined, store.read)).toBe(3);
  });

  it('keeps each key apart, and forgets the oldest key when full', async () => {
    const reads = new SharedReads<string>(1);
    const store = counting();
    await reads.run('u1', undefined, store.read);
    await reads.run('u2', undefined, store.read);
    expect(await reads.run('u2', 60_000, store.read)).toBe(2);
    expect(await reads.run('u1', 60_000, store.read)).toBe(3);
  });

  it('does not serve a failed read to the next request', async () => {
    const reads = new SharedReads<string>();
    await expect(reads.run('u1', undefined, () => Promise.reject(new Error('busy')))).rejects.toThrow('busy');
    await expect(reads.run('u1', 60_000, async () => 'fresh')).resolves.toBe('fresh');
  });
});
