/**
 * Which reactions each published event started, so the feeder can tell when they have all settled.
 * @nestjs/cqrs gives no such signal (EventBus.publish returns nothing and sagas' commands are not
 * awaited), and the checkpoint must not pass an event whose reactions are still running.
 *
 * It relies on dispatch being synchronous: EventBus.publish → Subject.next → each saga's pipe (plain
 * rxjs mapping) → CommandBus.execute → the (static) handler, which attaches its work before publish
 * returns. A reaction attached later is reported as late: still run, but not waited for.
 */
export class ReactionLedger {
  private collecting: { position: number; work: Promise<unknown>[] } | undefined;

  constructor(private readonly onLate: (position: number) => void = () => undefined) {}

  /** Runs `publish` and resolves once every reaction it started has settled (succeeded or parked). */
  collect(position: number, publish: () => void): Promise<void> {
    const batch = { position, work: [] as Promise<unknown>[] };
    this.collecting = batch;
    try {
      publish();
    } finally {
      this.collecting = undefined;
    }
    return Promise.allSettled(batch.work).then(() => undefined);
  }

  /** Called by a reaction as it starts; `position` is that of its causing event. */
  attach(position: number | undefined, work: Promise<unknown>): void {
    if (position === undefined) return;
    if (this.collecting?.position === position) this.collecting.work.push(work);
    else this.onLate(position);
  }
}
