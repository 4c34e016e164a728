import { Controller, Get, Headers, Inject, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { labelLocaleOf, type Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { calendarMonth, CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { RequestValidationException } from '../../../http/validation.js';
import { csvReply } from '../../http/csv-reply.js';
import { MinPositionInterceptor } from '../../read-your-writes/min-position.interceptor.js';
import { ReadsValueModels } from '../../read-your-writes/reads-value-models.js';
import { LifecycleAnalysisService, type LifecycleAnalysis } from './lifecycle-analysis.service.js';
import { LifecycleAnalysisView } from './lifecycle-analysis-view.js';
import { LifecycleQueryDto } from './lifecycle-query.dto.js';
import { LtvAnalysisService, type LtvAnalysis } from './ltv-analysis.service.js';
import { LtvAnalysisView } from './ltv-analysis-view.js';
import { RfmAnalysisService, type RfmAnalysis } from './rfm-analysis.service.js';
import { RfmAnalysisView } from './rfm-analysis-view.js';
import { ValueModelQueryDto } from './value-model-query.dto.js';

const MAX_MONTHS = 120;

/** The customer value models of seed 003 and 000: RFM, lifecycle stages, LTV. JSON, or CSV with `?format=csv`. */
@ApiTags('analytics')
@ApiBearerAuth()
@ApiHeader({ name: 'X-Min-Position', required: false })
@Controller('v1/analytics')
@ReadsValueModels('required')
@UseInterceptors(MinPositionInterceptor)
export class ValueModelsController {
  constructor(
    private readonly rfm: RfmAnalysisService,
    private readonly lifecycle: LifecycleAnalysisService,
    private readonly ltv: LtvAnalysisService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('rfm')
  @RequirePermission('analytics.read', { export: 'reports.export', builtOn: ['value'] })
  @ApiOperation({ operationId: 'getRfmAnalysis', summary: 'RFM: customers and spend per segment, and the 5×5 R×F grid' })
  @ApiOkResponse({ type: RfmAnalysisView })
  async rfmAnalysis(
    @Query() dto: ValueModelQueryDto,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') language: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RfmAnalysis | string> {
    const answer = await this.rfm.analyse(actor, this.instantOf(dto), labelLocaleOf(language));
    if (dto.format !== 'csv') return answer;
    const rows = [...answer.segments.map((row) => ({ section: 'segment', ...row })), ...answer.grid.map((cell) => ({ section: 'grid', ...cell }))];
    return csvReply(reply, 'rfm', rows, ['section', 'segment', 'label', 'r', 'f', 'customers', 'spend']);
  }

  @Get('ltv')
  @RequirePermission('analytics.read', { export: 'reports.export', builtOn: ['value'] })
  @ApiOperation({ operationId: 'getLtvAnalysis', summary: 'LTV over the 3-year horizon per RFM segment, and the customers worth most' })
  @ApiOkResponse({ type: LtvAnalysisView })
  async ltvAnalysis(
    @Query() dto: ValueModelQueryDto,
    @CurrentActor() actor: Actor,
    @Headers('accept-language') language: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LtvAnalysis | string> {
    const answer = await this.ltv.analyse(actor, this.instantOf(dto), labelLocaleOf(language), dto.limit ?? 20);
    if (dto.format !== 'csv') return answer;
    const columns = ['customerId', 'name', 'ownerId', 'segment', 'value', 'averageOrderValue', 'purchasesPerYear', 'expectedLifetimeYears', 'horizonYears'];
    return csvReply(reply, 'ltv', answer.top as unknown as Record<string, unknown>[], columns);
  }

  @Get('lifecycle')
  @RequirePermission('analytics.read', { export: 'reports.export' })
  @ApiOperation({ operationId: 'getLifecycleAnalysis', summary: 'Customers per lifecycle stage per month, and the flows between stages month over month' })
  @ApiOkResponse({ type: LifecycleAnalysisView })
  async lifecycleAnalysis(
    @Query() dto: LifecycleQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LifecycleAnalysis | string> {
    const now = this.clock.now();
    const to = dto.to ?? calendarMonth(now, this.config.timeZone);
    const from = dto.from ?? monthsBefore(to, 11);
    if (from > to) throw new RequestValidationException([{ field: 'from', message: 'from must not be after to' }]);
    if (monthCount(from, to) > MAX_MONTHS) throw new RequestValidationException([{ field: 'to', message: `at most ${MAX_MONTHS} months at once` }]);
    const answer = await this.lifecycle.analyse(actor, from, to, now);
    if (dto.format !== 'csv') return answer;
    const rows = [
      ...answer.months.map(({ month, stages }) => ({ section: 'month', month, ...stages })),
      ...answer.flows.map((flow) => ({ section: 'flow', ...flow })),
    ];
    return csvReply(reply, 'lifecycle', rows, ['section', 'month', 'prospect', 'new', 'active', 'silent', 'lost', 'from', 'to', 'count']);
  }

  private instantOf(dto: ValueModelQueryDto): Date {
    return dto.at === undefined ? this.clock.now() : new Date(dto.at);
  }
}

function monthsBefore(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + monthNumber - 1 - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both included. */
function monthCount(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from) + 1;
}
