import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import {
  AccessPolicy,
  CustomerCodeAllocator,
  CustomerCommandPipeline,
  DuplicateDetector,
  IdempotencyStore,
  RegisterCustomerService,
  TeamRoster,
  UserDirectory,
} from '#application';
import { EVENT_STORE, type EventStore } from '#event-store';
import { PersonalDataEventStore } from '#privacy';
import { CLOCK, SystemClock, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { createEventStore } from './event-store.factory.js';

class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Wires the ports to their adapters and the plain application services to Nest's container. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: AppConfig, clock: Clock = new SystemClock()): DynamicModule {
    const application = [
      { provide: UserDirectory, useFactory: (s: EventStore) => new UserDirectory(s), inject: [EVENT_STORE] },
      { provide: AccessPolicy, useFactory: (u: UserDirectory, s: EventStore) => new AccessPolicy(new TeamRoster(u, s)), inject: [UserDirectory, EVENT_STORE] },
      {
        provide: CustomerCommandPipeline,
        useFactory: (s: EventStore, c: Clock, a: AccessPolicy) => new CustomerCommandPipeline(s, c, a),
        inject: [EVENT_STORE, CLOCK, AccessPolicy],
      },
      { provide: CustomerCodeAllocator, useFactory: (s: EventStore) => new CustomerCodeAllocator(s), inject: [EVENT_STORE] },
      { provide: DuplicateDetector, useFactory: (s: EventStore) => new DuplicateDetector(s), inject: [EVENT_STORE] },
      { provide: IdempotencyStore, useFactory: (s: EventStore) => new IdempotencyStore(s), inject: [EVENT_STORE] },
      {
        provide: RegisterCustomerService,
        useFactory: (p: CustomerCommandPipeline, codes: CustomerCodeAllocator, d: DuplicateDetector, c: Clock) => new RegisterCustomerService(p, codes, d, c),
        inject: [CustomerCommandPipeline, CustomerCodeAllocator, DuplicateDetector, CLOCK],
      },
    ];
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: EVENT_STORE, useFactory: (c: Clock) => createEventStore(config, c), inject: [CLOCK] },
        // The same instance as EVENT_STORE, under its own type, for the one command that erases.
        { provide: PersonalDataEventStore, useExisting: EVENT_STORE },
        EventStoreCloser,
        ...application,
      ],
      exports: [APP_CONFIG, CLOCK, EVENT_STORE, PersonalDataEventStore, ...application.map((p) => p.provide)],
    };
  }
}
