import { ForbiddenException, Injectable, NotFoundException, type ArgumentMetadata } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import type { Actor } from '#domain';
import { createValidationPipe } from '../../http/validation.js';
import { churnRiskRows, funnelRows } from '../../read-side/analytics/analytics-rows.js';
import { ChurnRiskDto } from '../../read-side/analytics/churn-risk/churn-risk.dto.js';
import { ChurnRiskQuery } from '../../read-side/analytics/churn-risk/churn-risk.query.js';
import { FunnelDto } from '../../read-side/analytics/funnel/funnel.dto.js';
import { FunnelQuery } from '../../read-side/analytics/funnel/funnel.query.js';
import { IndustryDistributionQuery } from '../../read-side/analytics/industry-distribution/industry-distribution.query.js';
import { ReadQueryDto } from '../../read-side/http/read-query.dto.js';
import { ValueTrendDto } from '../../read-side/analytics/value-trend/value-trend.dto.js';
import { ValueTrendQuery } from '../../read-side/analytics/value-trend/value-trend.query.js';
import { HighValueQuery } from './high-value.query.js';
import { MonthlyActivityQuery } from './monthly-activity.query.js';
import { HighValueDto } from './high-value.dto.js';
import { MonthlyActivityDto } from './monthly-activity.dto.js';
import { namedReport, type NamedReport } from './named-reports.js';

interface Ran {
  answer: object;
  rows: Record<string, unknown>[];
}

type Runner = { dto: new () => ReadQueryDto; run(queries: QueryBus, actor: Actor, dto: never): Promise<Ran> };

/** How each named report runs: the query DTO of the route it presents and the query handler behind it. */
const RUNNERS: Record<string, Runner> = {
  funnel: {
    dto: FunnelDto,
    run: async (queries, actor, dto: FunnelDto) => {
      const answer = await queries.execute(new FunnelQuery(actor, dto.from, dto.to, dto.groupBy));
      return { answer, rows: funnelRows(answer) };
    },
  },
  'industry-distribution': {
    dto: ReadQueryDto,
    run: async (queries, actor) => {
      const answer = await queries.execute(new IndustryDistributionQuery(actor));
      return { answer, rows: answer.items as unknown as Record<string, unknown>[] };
    },
  },
  'value-trend': {
    dto: ValueTrendDto,
    run: async (queries, actor, dto: ValueTrendDto) => {
      const answer = await queries.execute(new ValueTrendQuery(actor, dto.granularity ?? 'month'));
      return { answer, rows: answer.items as unknown as Record<string, unknown>[] };
    },
  },
  'churn-risk': {
    dto: ChurnRiskDto,
    run: async (queries, actor, dto: ChurnRiskDto) => {
      const answer = await queries.execute(new ChurnRiskQuery(actor, dto.ownerId, dto.level, dto.limit ?? 50));
      return { answer, rows: churnRiskRows(answer) };
    },
  },
  'monthly-activity': {
    dto: MonthlyActivityDto,
    run: async (queries, actor, dto: MonthlyActivityDto) => {
      const answer = await queries.execute(new MonthlyActivityQuery(actor, dto.from, dto.to));
      return { answer, rows: answer.items as unknown as Record<string, unknown>[] };
    },
  },
  'high-value': {
    dto: HighValueDto,
    run: async (queries, actor, dto: HighValueDto) => {
      const answer = await queries.execute(new HighValueQuery(actor, dto.limit ?? 100));
      return { answer, rows: answer.items as unknown as Record<string, unknown>[] };
    },
  },
};

@Injectable()
export class NamedReportRunner {
  private readonly validation = createValidationPipe();

  constructor(
    private readonly queries: QueryBus,
    private readonly access: AccessPolicy,
  ) {}

  /** Validates the query as the presented route does (400 naming the field), checks the report's own needs, runs it. */
  async run(name: string, query: Record<string, unknown>, actor: Actor): Promise<{ report: NamedReport; dto: ReadQueryDto } & Ran> {
    const report = namedReport(name);
    const runner = RUNNERS[name];
    if (!report || !runner) throw new NotFoundException(`No report named ${name}`);
    if (report.permission && !(await this.access.mayDo(actor, report.permission))) {
      throw new ForbiddenException(`Role ${actor.role} lacks the permission ${report.permission}`);
    }
    for (const field of report.builtOn ?? []) {
      if (await this.access.hidesField(actor, field)) throw new ForbiddenException(`Role ${actor.role} does not see ${field}`);
    }
    const metadata: ArgumentMetadata = { type: 'query', metatype: runner.dto };
    const dto = (await this.validation.transform(query, metadata)) as ReadQueryDto;
    return { report, dto, ...(await runner.run(this.queries, actor, dto as never)) };
  }
}
