import type { EventSubscription } from './event-store.port.js';

/** The subscriptions an adapter has handed out, so that closing the store ends them all. */
export class OpenSubscriptions<S extends EventSubscription> {
  private readonly open = new Set<S>();

  /** Registers the subscription and makes its close() also forget it. */
  track(subscription: S): S {
    this.open.add(subscription);
    const close = subscription.close.bind(subscription);
    subscription.close = async () => {
      this.open.delete(subscription);
      await close();
    };
    return subscription;
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.open].map((subscription) => subscription.close()));
  }
}
