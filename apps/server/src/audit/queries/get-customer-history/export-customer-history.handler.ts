import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { CustomerAuditTrail, ExportSigningKey, formatHistory, signExport, toHistoryItem } from '#audit';
import { redactHistoryItem } from '../../personal-data-redaction.js';
import { ExportCustomerHistoryQuery } from './export-customer-history.query.js';

@QueryHandler(ExportCustomerHistoryQuery)
export class ExportCustomerHistoryHandler implements IQueryHandler<ExportCustomerHistoryQuery> {
  constructor(
    private readonly trail: CustomerAuditTrail,
    private readonly access: AccessPolicy,
    private readonly signingKey: ExportSigningKey,
  ) {}

  async execute({ customerId, actor, format }: ExportCustomerHistoryQuery): Promise<string> {
    const view = this.access.personalData(actor);
    const items = (await this.trail.storedEvents(customerId)).map((event) => redactHistoryItem(toHistoryItem(event), view));
    return signExport(formatHistory(format, customerId, items), this.signingKey);
  }
}
