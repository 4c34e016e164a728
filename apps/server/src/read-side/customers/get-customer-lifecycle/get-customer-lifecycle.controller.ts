import { Controller, Get, Headers, Inject, Param, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessPolicy } from '#application';
import { labelLocaleOf, valueLabel, type Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { CUSTOMER_PROFILES, stageHistory, type CustomerProfileDocument } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
import { AnalyticsSettingsService } from '../../analytics/value-models/analytics-settings.service.js';
import { CustomerValueModelReader } from '../../analytics/value-models/customer-value-models.js';
import { CustomerLifecycleView } from '../../analytics/value-models/lifecycle-analysis-view.js';
import { ModelReadiness } from '../../analytics/value-models/model-readiness.js';
import { MinPositionInterceptor } from '../../read-your-writes/min-position.interceptor.js';
import { ReadsValueModels } from '../../read-your-writes/reads-value-models.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
@ReadsValueModels('required')
@UseInterceptors(MinPositionInterceptor)
export class GetCustomerLifecycleController {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly access: AccessPolicy,
    private readonly settings: AnalyticsSettingsService,
    private readonly models: CustomerValueModelReader,
    private readonly readiness: ModelReadiness,
  ) {}

  @Get(':id/lifecycle')
  @RequirePermission('customers.read')
  @ApiHeader({ name: 'X-Min-Position', required: false })
  @ApiOperation({ operationId: 'getCustomerLifecycle', summary: 'The lifecycle stage of a customer and when it entered each stage' })
  @ApiOkResponse({ type: CustomerLifecycleView })
  @ApiProblems(404)
  async get(
    @Param('id', customerIdPipe) id: string,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') language: string | undefined,
  ): Promise<CustomerLifecycleView> {
    const profile = await this.store.get<CustomerProfileDocument>(CUSTOMER_PROFILES, id);
    await this.access.assertCanSee(actor, profile?.document);
    const [{ lifecycle: thresholds }, { lifecycle }, building] = await Promise.all([
      this.settings.current(),
      this.models.documents(id),
      this.readiness.building('customer-lifecycle'),
    ]);
    const locale = labelLocaleOf(language);
    const history = lifecycle ? stageHistory(lifecycle, thresholds, this.clock.now()) : [];
    return {
      customerId: id,
      stage: history.at(-1)?.stage ?? null,
      since: history.at(-1)?.enteredAt ?? null,
      history: history.map((entry) => ({ ...entry, label: valueLabel('lifecycleStage', entry.stage, locale) })),
      thresholds,
      building,
    };
  }
}
