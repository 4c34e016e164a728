import { Logger, type Provider } from '@nestjs/common';
import { CustomerCommandPipeline } from '#application';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ReactionLedger, ReactionRunner, RuleBookStore, RuleEngine, SAGA_STATE, type ParkedReactions } from '#sagas';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

const logger = new Logger('Sagas');

/** The plain rule classes of libs/sagas, wired to the app's store, pipeline, clock and saga state. */
export const ruleEngineProviders: Provider[] = [
  { provide: RuleBookStore, useFactory: (store: EventStore, clock: Clock) => new RuleBookStore(store, clock), inject: [EVENT_STORE, CLOCK] },
  {
    provide: RuleEngine,
    useFactory: (store: EventStore, pipeline: CustomerCommandPipeline, rules: RuleBookStore, config: AppConfig) =>
      new RuleEngine(store, pipeline, rules, { maxTags: () => config.maxTags }),
    inject: [EVENT_STORE, CustomerCommandPipeline, RuleBookStore, APP_CONFIG],
  },
  {
    provide: ReactionRunner,
    useFactory: (engine: RuleEngine, parked: ParkedReactions, clock: Clock) =>
      new ReactionRunner(engine, parked, clock, undefined, (application, error) =>
        logger.warn({ err: error, rule: application.ruleId, customerId: application.customerId, causationId: application.causationId }, 'Reaction parked'),
      ),
    inject: [RuleEngine, SAGA_STATE, CLOCK],
  },
  {
    provide: ReactionLedger,
    useFactory: () =>
      new ReactionLedger((position) => logger.warn({ position }, 'A reaction started after its event was published; the checkpoint did not wait for it')),
  },
];
