import { Global, Module, type Provider } from '@nestjs/common';
import {
  AccessChangeFeed,
  AccessPolicy,
  CustomerCodeAllocator,
  CustomerCommandPipeline,
  CustomerMergeService,
  DuplicateDetector,
  IdempotencyStore,
  idempotencyHashKey,
  identityHashKey,
  IdentityFingerprints,
  RegisterCustomerService,
  RequestFingerprints,
  RoleCatalog,
  TagLibrary,
  TeamRoster,
  UserDirectory,
} from '#application';
import { ROLE_EVENT_TYPES, USER_EVENT_TYPES } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { resolveMasterKey } from '#privacy';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

// libs/application is plain TypeScript (no Nest decorators), so each service is built by a factory.
const services: Provider[] = [
  // One feed of user and role events: the guard's user lookup and role check cost one read per request.
  { provide: AccessChangeFeed, useFactory: (s: EventStore) => new AccessChangeFeed(s, [...USER_EVENT_TYPES, ...ROLE_EVENT_TYPES]), inject: [EVENT_STORE] },
  { provide: UserDirectory, useFactory: (s: EventStore, f: AccessChangeFeed) => new UserDirectory(s, f), inject: [EVENT_STORE, AccessChangeFeed] },
  { provide: RoleCatalog, useFactory: (s: EventStore, f: AccessChangeFeed) => new RoleCatalog(s, f), inject: [EVENT_STORE, AccessChangeFeed] },
  {
    provide: AccessPolicy,
    useFactory: (u: UserDirectory, s: EventStore, r: RoleCatalog) => new AccessPolicy(new TeamRoster(u, s), r),
    inject: [UserDirectory, EVENT_STORE, RoleCatalog],
  },
  {
    provide: CustomerCommandPipeline,
    useFactory: (s: EventStore, c: Clock, a: AccessPolicy) => new CustomerCommandPipeline(s, c, a),
    inject: [EVENT_STORE, CLOCK, AccessPolicy],
  },
  { provide: TagLibrary, useFactory: (s: EventStore, c: Clock) => new TagLibrary(s, c), inject: [EVENT_STORE, CLOCK] },
  { provide: CustomerCodeAllocator, useFactory: (s: EventStore) => new CustomerCodeAllocator(s), inject: [EVENT_STORE] },
  {
    provide: DuplicateDetector,
    useFactory: (s: EventStore, config: AppConfig) =>
      new DuplicateDetector(s, new IdentityFingerprints(identityHashKey(resolveMasterKey(config.dataKeyEncryptionKey, config.dataDir, config.production)))),
    inject: [EVENT_STORE, APP_CONFIG],
  },
  {
    provide: IdempotencyStore,
    useFactory: (s: EventStore, config: AppConfig) =>
      new IdempotencyStore(s, new RequestFingerprints(idempotencyHashKey(resolveMasterKey(config.dataKeyEncryptionKey, config.dataDir, config.production)))),
    inject: [EVENT_STORE, APP_CONFIG],
  },
  {
    provide: RegisterCustomerService,
    useFactory: (p: CustomerCommandPipeline, codes: CustomerCodeAllocator, d: DuplicateDetector, c: Clock, a: AccessPolicy, u: UserDirectory, s: EventStore) =>
      new RegisterCustomerService(p, codes, d, c, a, u, s),
    inject: [CustomerCommandPipeline, CustomerCodeAllocator, DuplicateDetector, CLOCK, AccessPolicy, UserDirectory, EVENT_STORE],
  },
  {
    provide: CustomerMergeService,
    useFactory: (p: CustomerCommandPipeline, s: EventStore, a: AccessPolicy, d: DuplicateDetector, c: Clock, config: AppConfig) =>
      new CustomerMergeService(p, s, a, d, c, { maxTags: config.maxTags, industries: config.industries }),
    inject: [CustomerCommandPipeline, EVENT_STORE, AccessPolicy, DuplicateDetector, CLOCK, APP_CONFIG],
  },
];

/** The application services of libs/application (command pipeline, access policy, user directory, …), for every module. */
@Global()
@Module({
  providers: services,
  exports: services,
})
export class ApplicationModule {}
