import { createHash } from 'node:crypto';
import { canonicalJson } from '#event-store';
import type { KeysetPosition, ReadStore } from '#read-store';
import type { Projection } from './projection.js';

/**
 * A SHA-256 over every document of a projection, in a stable order, so two runs (incremental vs
 * rebuild, crash vs clean) can be compared. Every collection's first indexed field must be non-null.
 */
export async function readModelDigest(store: ReadStore, projection: Projection): Promise<string> {
  const hash = createHash('sha256');
  for (const spec of projection.collections) {
    const documents: string[] = [];
    let after: KeysetPosition | undefined;
    do {
      const page = await store.list(spec.name, { sort: { field: Object.keys(spec.fields)[0], direction: 'asc' }, after, limit: 1000 });
      documents.push(...page.items.map((document) => canonicalJson(document)));
      after = page.next;
    } while (after);
    hash.update(`${spec.name}\n${documents.sort().join('\n')}\n`);
  }
  return hash.digest('hex');
}
