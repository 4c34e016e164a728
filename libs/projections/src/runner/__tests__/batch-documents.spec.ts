import type { ReadDocument, Versioned } from '#read-store';
import { BatchDocuments } from '../batch-documents.js';

describe('BatchDocuments', () => {
  it('evicts the least recently used clean documents beyond its size, and reloads them from the store', async () => {
    const loads: string[] = [];
    const source = { get: async <T extends ReadDocument>(_c: string, id: string) => (loads.push(id), { document: { id } as T, position: 1 } as Versioned<T>) };
    const documents = new BatchDocuments(source, 2);
    const view = documents.forEvent(5);
    await view.get('c', 'a');
    await view.get('c', 'b');
    await view.get('c', 'a'); // a is now the most recent
    view.put('c', { id: 'c' });
    expect(documents.drainWrites()).toEqual([{ kind: 'put', collection: 'c', document: { id: 'c' }, position: 5 }]);
    loads.length = 0;
    await view.get('c', 'a');
    await view.get('c', 'b');
    expect(loads).toEqual(['b']);
  });
});
