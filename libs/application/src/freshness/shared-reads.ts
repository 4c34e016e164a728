interface Started {
  at: number;
  read: Promise<unknown>;
}

/**
 * Reads of the store shared by every caller that arrived before they began. A request that arrived
 * `receivedMsAgo` ms ago is answered by any read started since: that read sees every change committed
 * before the request was sent, whichever replica committed it — so a change still counts from the
 * next request on, while the concurrent requests of a busy moment share one read instead of one each.
 * Time here is the monotonic process clock: it orders reads and arrivals, never business events.
 */
export class SharedReads<K> {
  private readonly started = new Map<K, Started>();

  constructor(private readonly capacity = 20_000) {}

  run<T>(key: K, receivedMsAgo: number | undefined, read: () => Promise<T>): Promise<T> {
    const now = performance.now();
    const last = this.started.get(key);
    if (last && receivedMsAgo !== undefined && now - last.at < receivedMsAgo) return last.read as Promise<T>;
    const fresh = read();
    this.started.delete(key);
    this.started.set(key, { at: now, read: fresh });
    // A failed read answers its own callers only.
    fresh.catch(() => this.started.get(key)?.read === fresh && this.started.delete(key));
    if (this.started.size > this.capacity) this.started.delete(this.started.keys().next().value as K);
    return fresh;
  }
}
