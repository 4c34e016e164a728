import type { ModuleRef } from '@nestjs/core';
import { READ_STORE, type ReadStore } from '#read-store';

/**
 * The read side's store, looked up on each call. ReadSideModule does not export READ_STORE, and at
 * construction time it may not exist yet; by the first request or scheduler run it does.
 */
export function lazyReadStore(moduleRef: ModuleRef): ReadStore {
  return new Proxy({} as ReadStore, {
    get(_target, property) {
      const store = moduleRef.get<ReadStore>(READ_STORE, { strict: false });
      const value: unknown = Reflect.get(store, property);
      return typeof value === 'function' ? value.bind(store) : value;
    },
  });
}
