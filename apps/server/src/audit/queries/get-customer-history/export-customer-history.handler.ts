import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { CustomerAuditTrail, ExportSigningKey, formatHistory, signExport, toHistoryItem } from '#audit';
import { renderXlsx } from '../../../exports/xlsx/render-xlsx.js';
import { redactHistoryItem } from '../../personal-data-redaction.js';
import { ExportCustomerHistoryQuery } from './export-customer-history.query.js';
import { HISTORY_REPORT, historyRow } from './history-report.js';

@QueryHandler(ExportCustomerHistoryQuery)
export class ExportCustomerHistoryHandler implements IQueryHandler<ExportCustomerHistoryQuery> {
  constructor(
    private readonly trail: CustomerAuditTrail,
    private readonly access: AccessPolicy,
    private readonly signingKey: ExportSigningKey,
  ) {}

  async execute({ customerId, actor, format, locale }: ExportCustomerHistoryQuery): Promise<string | Buffer> {
    const view = this.access.personalData(actor);
    const items = (await this.trail.storedEvents(customerId)).map((event) => redactHistoryItem(toHistoryItem(event), view));
    if (format === 'xlsx') return renderXlsx(HISTORY_REPORT(customerId), items.map(historyRow), locale);
    return signExport(formatHistory(format, customerId, items), this.signingKey);
  }
}
