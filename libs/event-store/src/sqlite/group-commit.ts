/** What one member of a batch came to: its own result, or its own error. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Waiting<T, R> {
  request: T;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: requests made while the event loop is busy wait until the end of the current turn
 * (setImmediate, after the I/O callbacks that issued them), then one `commit` serves them all. Each
 * request gets its own outcome; a promise settles only after `commit` returned, i.e. after the one
 * transaction holding it committed — never earlier. A `commit` that throws fails every member.
 */
export class GroupCommit<T, R> {
  private queue: Waiting<T, R>[] = [];
  private scheduled: NodeJS.Immediate | undefined;

  constructor(private readonly commit: (requests: readonly T[]) => Outcome<R>[]) {}

  submit(request: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.scheduled ??= setImmediate(() => this.flush());
    });
  }

  /** Commits whatever waits now (also called before the store closes). */
  flush(): void {
    clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    let outcomes: Outcome<R>[];
    try {
      outcomes = this.commit(batch.map((waiting) => waiting.request));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
      return;
    }
    batch.forEach((waiting, index) => {
      const outcome = outcomes[index];
      if (outcome.ok) waiting.resolve(outcome.value);
      else waiting.reject(outcome.error);
    });
  }
}
