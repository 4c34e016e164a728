import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { LEASE_STORE, type LeaseStore } from '#leases';
import { KEY_STORE, PersonalDataEventStore, type KeyStore } from '#privacy';
import { CLOCK, SystemClock, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { createEventStore } from './event-store.factory.js';
import { JobLeases } from './job-leases.js';
import { createKeyStore } from './key-store.factory.js';
import { createLeaseStore } from './lease-store.factory.js';

/** Closes the event store, and with it the key store it encrypts with. */
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Closes the lease store once the jobs have stopped (and released their leases) before shutdown. */
class LeaseStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(LEASE_STORE) private readonly store: LeaseStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** The configuration, the clock and the adapters behind the ports every module shares. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: AppConfig, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: KEY_STORE, useFactory: () => createKeyStore(config) },
        { provide: EVENT_STORE, useFactory: (c: Clock, keys: KeyStore) => createEventStore(config, c, keys), inject: [CLOCK, KEY_STORE] },
        // The same instance as EVENT_STORE, under its own type, for the one command that erases.
        { provide: PersonalDataEventStore, useExisting: EVENT_STORE },
        EventStoreCloser,
        { provide: LEASE_STORE, useFactory: () => createLeaseStore(config) },
        LeaseStoreCloser,
        JobLeases,
      ],
      exports: [APP_CONFIG, CLOCK, EVENT_STORE, PersonalDataEventStore, LEASE_STORE, JobLeases],
    };
  }
}
