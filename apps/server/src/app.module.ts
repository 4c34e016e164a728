import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ApplicationModule } from './application/application.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import type { Clock } from '#shared';
import type { AppConfig } from './config/app-config.js';
import { CustomersModule } from './customers/customers.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { HealthController } from './health/health.controller.js';
import { InFlightRequests } from './http/in-flight-requests.js';
import { IdempotencyInterceptor } from './http/idempotency/idempotency.interceptor.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { InfrastructureModule } from './infrastructure/infrastructure.module.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { AppMetrics } from './metrics/app-metrics.js';
import { ReadSideModule } from './read-side/read-side.module.js';
import { IntegrationsModule } from './integrations/integrations.module.js';
import { UsersModule } from './users/users.module.js';
import { SagasModule } from './sagas/sagas.module.js';
import { RulesModule } from './rules/rules.module.js';
import { RemindersModule } from './reminders/reminders.module.js';
import { RolesModule } from './roles/roles.module.js';
import { TagsModule } from './tags/tags.module.js';
import { ReportDeliveryModule } from './report-delivery/report-delivery.module.js';
import { ReportsModule } from './reports/reports.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        InfrastructureModule.forRoot(config, clock),
        ApplicationModule,
        AuthModule,
        UsersModule,
        CustomersModule,
        ImportsModule,
        ReadSideModule,
        AuditModule,
        IntegrationsModule,
        SagasModule,
        RulesModule,
        RemindersModule,
        RolesModule,
        TagsModule,
        ReportDeliveryModule,
        ReportsModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        AppMetrics,
        InFlightRequests,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // First, so that it counts the whole handling, the idempotency check included.
        { provide: APP_INTERCEPTOR, useExisting: InFlightRequests },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }
}
