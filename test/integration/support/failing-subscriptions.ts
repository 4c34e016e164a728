import { SubscriptionFailedError, type EventStore, type EventSubscription } from '#event-store';

export type SubscriptionFault = 'permanent' | 'transient';

/**
 * The store with its next subscriptions failing on their first read, one fault each from `faults`
 * (later ones are the store's own): `permanent` as an adapter reports a position it does not know or
 * access denied (`failure` set, SubscriptionFailedError), `transient` as SQLite's busy database.
 * `subscriptions` counts the subscribeToAll calls.
 */
export function failingSubscriptions(store: EventStore, faults: SubscriptionFault[]): EventStore & { subscriptions: number } {
  let subscriptions = 0;
  return new Proxy(store, {
    get(target, key) {
      if (key === 'subscriptions') return subscriptions;
      if (key !== 'subscribeToAll') {
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (options: Parameters<EventStore['subscribeToAll']>[0]) => {
        subscriptions += 1;
        const fault = faults.shift();
        return fault ? failing(fault) : target.subscribeToAll(options);
      };
    },
  }) as EventStore & { subscriptions: number };
}

function failing(fault: SubscriptionFault): EventSubscription {
  let failure: Error | undefined;
  return {
    get failure() {
      return failure;
    },
    close: async () => undefined,
    // eslint-disable-next-line require-yield
    async *[Symbol.asyncIterator]() {
      if (fault === 'permanent') throw (failure = new SubscriptionFailedError('access denied to $all'));
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    },
  };
}
