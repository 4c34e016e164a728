import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ReactionLedger, SAGA_STATE, SagaFeeder, type SagaCheckpoints } from '#sagas';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

const CUSTOMER_RULES_FEED = 'customer-rules';

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
 * publishes — when ROLE is all|worker. CqrsModule is global, so its bootstrap hook (which subscribes
 * the sagas) runs before this one: nothing is published to an EventBus without its sagas.
 */
@Injectable()
export class SagaFeederService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Sagas');
  private readonly feeder: SagaFeeder;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(SAGA_STATE) checkpoints: SagaCheckpoints,
    ledger: ReactionLedger,
    eventBus: EventBus,
  ) {
    this.feeder = new SagaFeeder(store, checkpoints, ledger, (event) => eventBus.publish(event), {
      name: CUSTOMER_RULES_FEED,
      firstStart: FIRST_START,
      onFirstStart: (position) =>
        this.logger.warn({ position }, 'No saga checkpoint yet: sagas react to events after the current head; past events are left as they are'),
      onProgress: (position) => this.logger.log({ position }, 'Saga feed progress'),
      onError: (error) => this.logger.error({ err: error }, 'Saga feed failed; resuming from its checkpoint'),
    });
  }

  get hosted(): boolean {
    return this.config.runsWorkers;
  }

  onApplicationBootstrap(): void {
    if (this.hosted) this.feeder.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.feeder.stop();
  }

  position(): number {
    return this.feeder.position();
  }

  /** Resolves once every reaction started so far has settled. */
  idle(): Promise<void> {
    return this.feeder.idle();
  }
}
