import { Module } from '@nestjs/common';
import { CustomerAuditTrail, ExportSigningKey, StreamAnchorWriter } from '#audit';
import { EVENT_STORE, type EventStore, storedEventsOf } from '#event-store';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { StreamAnchorScheduler } from './anchoring/stream-anchor-scheduler.js';
import { OperationsHistoryController } from './operations-history.controller.js';
import { resolveAuditSigningKey } from './signing-key/audit-signing-key.js';
import { GetSigningKeyController } from './signing-key/get-signing-key.controller.js';
import { GetCustomerAsOfController } from './queries/get-customer-as-of/get-customer-as-of.controller.js';
import { GetCustomerAsOfHandler } from './queries/get-customer-as-of/get-customer-as-of.handler.js';
import { ExportCustomerHistoryHandler } from './queries/get-customer-history/export-customer-history.handler.js';
import { GetCustomerHistoryController } from './queries/get-customer-history/get-customer-history.controller.js';
import { GetCustomerHistoryHandler } from './queries/get-customer-history/get-customer-history.handler.js';
import { GetStatusHistoryController } from './queries/get-status-history/get-status-history.controller.js';
import { GetStatusHistoryHandler } from './queries/get-status-history/get-status-history.handler.js';
import { VerifyCustomerChainController } from './queries/verify-customer-chain/verify-customer-chain.controller.js';
import { VerifyCustomerChainHandler } from './queries/verify-customer-chain/verify-customer-chain.handler.js';

const queryHandlers = [GetCustomerHistoryHandler, ExportCustomerHistoryHandler, GetStatusHistoryHandler, GetCustomerAsOfHandler, VerifyCustomerChainHandler];

/** Auditor reads (SPEC §6, §7): history, status history, as-of, chain verification, signed export; the anchoring of stream heads. */
@Module({
  controllers: [
    GetCustomerHistoryController,
    GetStatusHistoryController,
    GetCustomerAsOfController,
    VerifyCustomerChainController,
    GetSigningKeyController,
    OperationsHistoryController,
  ],
  providers: [
    {
      provide: CustomerAuditTrail,
      // EVENT_STORE may be upcasting: folds use it as is, the hash chain needs the stored events beneath.
      useFactory: (store: EventStore, key: ExportSigningKey) => new CustomerAuditTrail(storedEventsOf(store), store, key),
      inject: [EVENT_STORE, ExportSigningKey],
    },
    { provide: ExportSigningKey, useFactory: (config: AppConfig) => resolveAuditSigningKey(config), inject: [APP_CONFIG] },
    {
      provide: StreamAnchorWriter,
      useFactory: (store: EventStore, clock: Clock) => new StreamAnchorWriter(storedEventsOf(store), clock),
      inject: [EVENT_STORE, CLOCK],
    },
    StreamAnchorScheduler,
    ...queryHandlers,
  ],
})
export class AuditModule {}
