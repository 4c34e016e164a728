import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { LeaseKeeper } from '#leases';
import { ReactionLedger, SAGA_STATE, SagaFeeder, type SagaCheckpoints } from '#sagas';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { SubscriberFailureLog } from '../health/subscriber-failure-log.js';
import { JobLeases } from '../infrastructure/job-leases.js';

const CUSTOMER_RULES_FEED = 'customer-rules';
const SAGA_FEEDER_JOB = 'saga-feeder';

/**
 * First start on a store that already has history (no saga checkpoint yet: an upgrade, an import, a seed):
 * the sagas start at the current head. Replaying them would act on the past as if it were happening
 * now — win customers for contracts signed years ago, tag quotes long settled, raise thousands of
 * reminders already overdue. The present state is what the time-based scheduler evaluates (churn-risk,
 * its clearing, high-value), so nothing current is missed. Only a missing checkpoint triggers this:
 * keep DATA_DIR (and so sagas.db) on durable storage, or events appended while it was lost go unreacted.
 */
const FIRST_START = 'head';

/**
 * Feeds the EventBus (and so the sagas) from the store's global feed — never from in-process
 * publishes — in the one ROLE all|worker process holding the saga-feeder lease. CqrsModule is global,
 * so its bootstrap hook (which subscribes the sagas) runs before this one: nothing is published to an
 * EventBus without its sagas. Once the lease is lost nothing more is published and no checkpoint is
 * saved, so the next holder resumes from the last checkpoint this one saved while it held the lease.
 */
@Injectable()
export class SagaFeederService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Sagas');
  private readonly feeder: SagaFeeder;
  private readonly lease: LeaseKeeper;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(SAGA_STATE) checkpoints: SagaCheckpoints,
    ledger: ReactionLedger,
    eventBus: EventBus,
    leases: JobLeases,
    @Inject(CLOCK) clock: Clock,
  ) {
    const failures = new SubscriberFailureLog(store, clock);
    const startHere = async () => {
      // Before starting: a feed failing again at once records its failure after this.
      await failures.resumed('sagas', CUSTOMER_RULES_FEED);
      this.feeder.start();
    };
    this.lease = leases.keeper(SAGA_FEEDER_JOB, { onAcquired: startHere, onLost: () => this.feeder.stop() });
    const whileHeld: SagaCheckpoints = {
      load: (name) => checkpoints.load(name),
      save: async (name, position) => {
        if (this.lease.isHeld()) await checkpoints.save(name, position);
      },
    };
    const publish = (event: Parameters<EventBus['publish']>[0]) => {
      if (this.lease.isHeld()) eventBus.publish(event);
    };
    this.feeder = new SagaFeeder(store, whileHeld, ledger, publish, {
      name: CUSTOMER_RULES_FEED,
      firstStart: FIRST_START,
      onFirstStart: (position) =>
        this.logger.warn({ position }, 'No saga checkpoint yet: sagas react to events after the current head; past events are left as they are'),
      onProgress: (position) => this.logger.log({ position }, 'Saga feed progress'),
      onError: (error) => this.logger.error({ err: error }, 'Saga feed subscription failed'),
      onFailed: (error) => {
        this.logger.error({ err: error }, 'Saga feed stopped: its subscription failed permanently; fix the cause, then restart');
        failures.failed('sagas', CUSTOMER_RULES_FEED, error, leases.owner).catch((e: unknown) => this.logger.error({ err: e }, 'Could not record the failure'));
      },
      now: () => clock.now(),
    });
  }

  /** Whether the sagas are fed in this process right now (it holds their lease). */
  get hosted(): boolean {
    return this.lease.isHeld();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.runsWorkers) await this.lease.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.lease.stop();
  }

  position(): number {
    return this.feeder.position();
  }

  /** Resolves once every reaction started so far has settled. */
  idle(): Promise<void> {
    return this.feeder.idle();
  }
}
