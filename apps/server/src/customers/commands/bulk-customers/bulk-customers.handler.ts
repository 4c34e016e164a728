import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccessPolicy, CustomerCommandPipeline, deterministicUuid, type CommandContext, type CommandResult } from '#application';
import { DomainError, type Actor, type Permission } from '#domain';
import { WrongExpectedRevisionError } from '#event-store';
import { CUSTOMER_PROFILES, type CustomerProfileDocument } from '#projections';
import { READ_STORE, type DocumentFilter, type KeysetPosition, type ReadStore } from '#read-store';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { domainProblem } from '../../../http/problem-details.filter.js';
import { customerSearchFilter } from '../../../read-side/customers/list-customers/customer-search-filter.js';
import { OwnerValidator } from '../../owner-validator.js';
import { ArchiveCustomerCommand } from '../archive-customer/archive-customer.command.js';
import { ChangeCustomerOwnerCommand } from '../change-customer-owner/change-customer-owner.command.js';
import { ChangeCustomerStatusCommand } from '../change-customer-status/change-customer-status.command.js';
import { TagCustomerCommand } from '../tag-customer/tag-customer.command.js';
import { UntagCustomerCommand } from '../untag-customer/untag-customer.command.js';
import { BulkCustomersCommand } from './bulk-customers.command.js';
import type { BulkActionDto, BulkActionType, BulkFilterDto } from './bulk-customers.dto.js';
import type { BulkReportDto } from './bulk-report.dto.js';

/** Each action needs what its single-customer route needs. */
const PERMISSION_OF: Record<BulkActionType, Permission> = {
  tag: 'tags.manage',
  untag: 'tags.manage',
  changeOwner: 'owners.assign',
  changeStatus: 'customers.update',
  archive: 'customers.archive',
};

/**
 * One action over many customers, each through the same command (and so the same pipeline, access
 * check and decider) as its single-customer route. A customer the caller may not see fails as not
 * found, like the single route. With an Idempotency-Key each customer derives its own key, so a retry
 * that gets past the stored answer still appends nothing twice.
 */
@CommandHandler(BulkCustomersCommand)
export class BulkCustomersHandler implements ICommandHandler<BulkCustomersCommand> {
  constructor(
    private readonly commands: CommandBus,
    private readonly pipeline: CustomerCommandPipeline,
    private readonly access: AccessPolicy,
    @Inject(OwnerValidator) private readonly owners: OwnerValidator,
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ request, context }: BulkCustomersCommand): Promise<BulkReportDto> {
    const { action } = request;
    const permission = PERMISSION_OF[action.type];
    if (!(await this.access.mayDo(context.actor, permission))) {
      throw new DomainError('forbidden', `${action.type} needs the ${permission} permission`, 'action.type');
    }
    if (request.ids !== undefined && request.filter !== undefined) throw new DomainError('invalid-value', 'give ids or filter, not both', 'filter');
    if (action.type === 'changeOwner') await this.owners.assertMayGiveTo(context.actor, action.ownerId as string);
    const ids = request.ids ? [...new Set(request.ids)] : await this.selected(request.filter ?? {}, context.actor);

    const report: BulkReportDto = { succeeded: [], failed: [], skipped: [], position: 0 };
    for (const id of ids) {
      try {
        const before = await this.pipeline.load(id);
        const result: CommandResult = await this.commands.execute(commandFor(action, id, customerContext(context, id)));
        if (result.revision === before.revision) report.skipped.push({ id, revision: result.revision, reason: 'nothing to change' });
        else report.succeeded.push({ id, revision: result.revision });
        report.position = Math.max(report.position, result.position);
      } catch (error) {
        if (error instanceof DomainError) {
          const { status, code, title, errors } = domainProblem(error);
          report.failed.push({ id, status, code, title, errors: errors ?? [] });
        } else if (error instanceof WrongExpectedRevisionError) {
          report.failed.push({ id, status: 409, code: 'concurrency-conflict', title: 'Concurrent change', errors: [] });
        } else throw error;
      }
    }
    return report;
  }

  /** The ids the filter selects among the customers the actor sees; more than the cap is refused before anything changes. */
  private async selected(filters: BulkFilterDto, actor: Actor): Promise<string[]> {
    const owners = await this.access.ownerFilter(actor, filters.ownerId);
    const equals: NonNullable<DocumentFilter['equals']> = {};
    if (filters.status) equals.status = filters.status;
    if (filters.industry) equals.industry = filters.industry;
    if (filters.region) equals.region = filters.region;
    if (owners) equals.ownerId = owners;
    const filter: DocumentFilter = {
      equals,
      ...(filters.tag ? { has: { tags: filters.tag } } : {}),
      ...(filters.q ? customerSearchFilter(filters.q, actor, this.access.personalData(actor)) : {}),
    };
    const count = await this.store.count(CUSTOMER_PROFILES, filter);
    const cap = this.config.bulkMaxCustomers;
    if (count > cap) throw new DomainError('selection-too-large', `The filter selects ${count} customers; one request may change at most ${cap}`, 'filter');
    const ids: string[] = [];
    let after: KeysetPosition | undefined;
    do {
      const page = await this.store.list<CustomerProfileDocument>(CUSTOMER_PROFILES, {
        filter,
        sort: { field: 'registeredAt', direction: 'asc' },
        after,
        limit: 2000,
      });
      ids.push(...page.items.map((doc) => doc.id));
      after = page.next;
    } while (after && ids.length <= cap);
    return ids.slice(0, cap);
  }
}

function commandFor(action: BulkActionDto, id: string, context: CommandContext) {
  switch (action.type) {
    case 'tag':
      return new TagCustomerCommand(id, { tag: action.tag as string }, context);
    case 'untag':
      return new UntagCustomerCommand(id, { tag: action.tag as string }, context);
    case 'changeOwner':
      return new ChangeCustomerOwnerCommand(id, { ownerId: action.ownerId as string }, context);
    case 'changeStatus':
      return new ChangeCustomerStatusCommand(id, { to: action.to as NonNullable<BulkActionDto['to']>, reason: action.reason as string }, context);
    case 'archive':
      return new ArchiveCustomerCommand(id, action.reason as string, context);
  }
}

function customerContext(context: CommandContext, id: string): CommandContext {
  const { idempotencyKey, ...rest } = context;
  return idempotencyKey === undefined ? rest : { ...rest, idempotencyKey: deterministicUuid(idempotencyKey, 'bulk', id) };
}
