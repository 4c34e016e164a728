import { Module } from '@nestjs/common';
import { ProjectionStatusHandler } from './admin/projection-status.handler.js';
import { ProjectionsAdminController } from './admin/projections-admin.controller.js';
import { AnalyticsController } from './analytics/analytics.controller.js';
import { ChurnRiskHandler } from './analytics/churn-risk/churn-risk.handler.js';
import { IndustryDistributionHandler } from './analytics/industry-distribution/industry-distribution.handler.js';
import { FunnelHandler } from './analytics/funnel/funnel.handler.js';
import { TagUsageHandler } from './analytics/tag-usage/tag-usage.handler.js';
import { ServiceQualityController } from './analytics/service-quality/service-quality.controller.js';
import { ServiceQualityHandler } from './analytics/service-quality/service-quality.handler.js';
import { ValueTrendHandler } from './analytics/value-trend/value-trend.handler.js';
import { GetCustomerProfileController } from './customers/get-customer-profile/get-customer-profile.controller.js';
import { GetCustomerProfileHandler } from './customers/get-customer-profile/get-customer-profile.handler.js';
import { ListCustomersController } from './customers/list-customers/list-customers.controller.js';
import { ListCustomersHandler } from './customers/list-customers/list-customers.handler.js';
import { ListFollowUpsController } from './customers/list-follow-ups/list-follow-ups.controller.js';
import { ListFollowUpsHandler } from './customers/list-follow-ups/list-follow-ups.handler.js';
import { DuplicateFinder } from './customers/find-duplicates/duplicate-finder.js';
import { FindDuplicatesController } from './customers/find-duplicates/find-duplicates.controller.js';
import { FindDuplicatesHandler } from './customers/find-duplicates/find-duplicates.handler.js';
import { QualityFilter } from './customers/quality-filter.js';
import { DataQualityController } from './analytics/data-quality/data-quality.controller.js';
import { DataQualityHandler } from './analytics/data-quality/data-quality.handler.js';
import { ProjectionSupervisor } from './infrastructure/projection-supervisor.js';
import { AnalyticsSettingsController } from './analytics/value-models/analytics-settings.controller.js';
import { AnalyticsSettingsService } from './analytics/value-models/analytics-settings.service.js';
import { CustomerValueModelReader } from './analytics/value-models/customer-value-models.js';
import { LifecycleAnalysisService } from './analytics/value-models/lifecycle-analysis.service.js';
import { LtvAnalysisService } from './analytics/value-models/ltv-analysis.service.js';
import { ModelReadiness } from './analytics/value-models/model-readiness.js';
import { RfmAnalysisService } from './analytics/value-models/rfm-analysis.service.js';
import { ValueModelsController } from './analytics/value-models/value-models.controller.js';
import { GetCustomerLifecycleController } from './customers/get-customer-lifecycle/get-customer-lifecycle.controller.js';
import { READ_STORE } from '#read-store';
import { readStoreProvider, ReadStoreCloser } from './infrastructure/read-store.provider.js';
import { MinPositionInterceptor } from './read-your-writes/min-position.interceptor.js';
import { ProjectionWaiter } from './read-your-writes/projection-waiter.js';

const queryHandlers = [
  ListCustomersHandler,
  GetCustomerProfileHandler,
  ListFollowUpsHandler,
  FunnelHandler,
  ChurnRiskHandler,
  IndustryDistributionHandler,
  TagUsageHandler,
  ServiceQualityHandler,
  ValueTrendHandler,
  ProjectionStatusHandler,
  FindDuplicatesHandler,
  DataQualityHandler,
];

/** The value models (RFM, lifecycle stages, LTV) and their admin-set thresholds. */
const valueModels = [AnalyticsSettingsService, CustomerValueModelReader, ModelReadiness, RfmAnalysisService, LtvAnalysisService, LifecycleAnalysisService];

/**
 * The read side: the read store, the projection runners (ROLE=all|worker) and the query API.
 * Needs InfrastructureModule (config, clock, event store), ApplicationModule (user directory) and CqrsModule.
 */
@Module({
  controllers: [
    FindDuplicatesController,
    DataQualityController,
    ListCustomersController,
    GetCustomerProfileController,
    GetCustomerLifecycleController,
    ListFollowUpsController,
    AnalyticsController,
    ServiceQualityController,
    ValueModelsController,
    AnalyticsSettingsController,
    ProjectionsAdminController,
  ],
  exports: [READ_STORE, ProjectionWaiter],
  providers: [
    readStoreProvider,
    ReadStoreCloser,
    ProjectionSupervisor,
    ProjectionWaiter,
    MinPositionInterceptor,
    DuplicateFinder,
    QualityFilter,
    ...queryHandlers,
    ...valueModels,
  ],
})
export class ReadSideModule {}
