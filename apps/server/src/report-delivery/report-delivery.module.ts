import { Module } from '@nestjs/common';
import { ReadSideModule } from '../read-side/read-side.module.js';
import { ReportDeliveryScheduler } from './report-delivery-scheduler.js';
import { ReportInboxController } from './report-inbox.controller.js';
import { ReportInboxErasureHandler } from './report-inbox-erasure.handler.js';
import { ReportInbox } from './report-inbox.js';
import { ReportMailer } from './report-mailer.js';
import { ReportProducer } from './report-producer.js';
import { ReportRuns } from './report-runs.js';
import { ReportSubscriptionsController } from './report-subscriptions.controller.js';
import { ReportSubscriptions } from './report-subscriptions.js';

/** Scheduled report delivery: subscriptions as events, runs once per period, the report inbox and SMTP. */
@Module({
  imports: [ReadSideModule],
  controllers: [ReportSubscriptionsController, ReportInboxController],
  providers: [ReportSubscriptions, ReportProducer, ReportRuns, ReportInbox, ReportMailer, ReportDeliveryScheduler, ReportInboxErasureHandler],
  exports: [ReportDeliveryScheduler],
})
export class ReportDeliveryModule {}
