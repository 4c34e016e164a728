import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import type { Actor, Permission, SubscribableReport } from '#domain';
import type { ReportDescriptor } from '../exports/report-descriptor.js';
import { CHURN_RISK_REPORT, funnelReport, INDUSTRY_DISTRIBUTION_REPORT, TAG_USAGE_REPORT, valueTrendReport } from '../read-side/analytics/analytics-reports.js';
import { ChurnRiskQuery } from '../read-side/analytics/churn-risk/churn-risk.query.js';
import { FunnelQuery } from '../read-side/analytics/funnel/funnel.query.js';
import { IndustryDistributionQuery } from '../read-side/analytics/industry-distribution/industry-distribution.query.js';
import { TagUsageQuery } from '../read-side/analytics/tag-usage/tag-usage.query.js';
import { ValueTrendQuery } from '../read-side/analytics/value-trend/value-trend.query.js';

/** A report as one recipient may see it: a title, its columns and rows, and the customers it names (for erasure). */
export interface ProducedReport {
  title: string;
  /** How the exports lay the report out (PDF charts and tables). */
  descriptor: ReportDescriptor;
  columns: string[];
  rows: Record<string, unknown>[];
  customerIds: string[];
}

class ReportNotPermittedError extends Error {}

const TITLES: Record<SubscribableReport, string> = {
  funnel: 'Sales funnel 销售漏斗',
  'industry-distribution': 'Industry distribution 行业分布',
  'value-trend': 'Value trend 价值趋势',
  'churn-risk': 'Churn risk 流失预警',
  tags: 'Tag usage 标签使用',
};

/** What the analytics route of each report requires (the same gate as over HTTP). */
const REQUIRED: Record<SubscribableReport, Permission> = {
  funnel: 'analytics.read',
  'industry-distribution': 'analytics.read',
  'value-trend': 'analytics.read',
  'churn-risk': 'churnRisk.read',
  tags: 'analytics.read',
};

/** Runs the report's query as its recipient: the recipient's scope (a manager's team) and field visibility apply. */
@Injectable()
export class ReportProducer {
  constructor(
    private readonly queries: QueryBus,
    private readonly access: AccessPolicy,
  ) {}

  async mayReceive(recipient: Actor, report: SubscribableReport): Promise<boolean> {
    if (!(await this.access.mayDo(recipient, REQUIRED[report]))) return false;
    return report !== 'value-trend' || !(await this.access.hidesField(recipient, 'value'));
  }

  async produce(recipient: Actor, report: SubscribableReport, period: { from: Date; to: Date }): Promise<ProducedReport> {
    if (!(await this.mayReceive(recipient, report))) throw new ReportNotPermittedError(`The recipient's role may not read the ${report} report`);
    const title = TITLES[report];
    switch (report) {
      case 'funnel': {
        const answer = await this.queries.execute(new FunnelQuery(recipient, period.from.toISOString(), period.to.toISOString(), undefined));
        const rows = answer.groups.map((g) => ({ group: g.key, registered: g.registered, ...flat('reached', g.reached), ...flat('conversion', g.conversion) }));
        return { title, descriptor: funnelReport(undefined), columns: Object.keys(rows[0] ?? { group: '', registered: 0 }), rows, customerIds: [] };
      }
      case 'industry-distribution': {
        const answer = await this.queries.execute(new IndustryDistributionQuery(recipient));
        return {
          title,
          descriptor: INDUSTRY_DISTRIBUTION_REPORT,
          columns: ['industry', 'customers', 'won', 'share'],
          rows: answer.items as unknown as Record<string, unknown>[],
          customerIds: [],
        };
      }
      case 'value-trend': {
        const answer = await this.queries.execute(new ValueTrendQuery(recipient, 'quarter'));
        return {
          title,
          descriptor: valueTrendReport('quarter'),
          columns: ['period', 'currency', 'amount', 'orders'],
          rows: answer.items as unknown as Record<string, unknown>[],
          customerIds: [],
        };
      }
      case 'churn-risk': {
        const answer = await this.queries.execute(new ChurnRiskQuery(recipient, undefined, undefined, 100));
        const rows = answer.items.map(({ churnRisk, ...item }) => ({
          ...item,
          score: churnRisk.score,
          level: churnRisk.level,
          reasons: churnRisk.reasons.join('; '),
        }));
        return {
          title,
          descriptor: CHURN_RISK_REPORT,
          columns: ['code', 'name', 'ownerId', 'status', 'lastInteractionAt', 'score', 'level', 'reasons'],
          rows,
          customerIds: answer.items.map((i) => i.id),
        };
      }
      case 'tags': {
        const answer = await this.queries.execute(new TagUsageQuery(recipient));
        return {
          title,
          descriptor: TAG_USAGE_REPORT,
          columns: ['tag', 'customers'],
          rows: answer.items as unknown as Record<string, unknown>[],
          customerIds: [],
        };
      }
    }
  }
}

function flat(prefix: string, values: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`${prefix}.${key}`, value]));
}
