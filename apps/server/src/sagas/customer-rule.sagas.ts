import { Injectable, Logger, type Type } from '@nestjs/common';
import { ofType, Saga, type ICommand, type IEvent } from '@nestjs/cqrs';
import { catchError, defer, EMPTY, mergeMap, of, type Observable } from 'rxjs';
import {
  churnRiskClearRule,
  complaintOpenRule,
  ComplaintResolvedEvent,
  CustomerFeedEvent,
  dealClosedRule,
  FollowUpRecordedEvent,
  highValueRule,
  nextFollowUpRule,
  OrderRecordedEvent,
  pendingDealRule,
  recentInquiryRule,
  recentOrderRule,
  type CustomerRule,
} from '#sagas';
import { ApplyRuleCommand } from './apply-rule.command.js';

/**
 * The event-driven rules of SPEC §5, one saga each. A saga only maps a feed event to the command
 * that applies its rule — synchronously, so the feeder's ledger sees every reaction it causes. The
 * risky part sits in a per-event inner stream: an error drops that one event for that one saga and
 * is logged, while the saga itself (and every other saga) keeps running.
 */
@Injectable()
export class CustomerRuleSagas {
  private readonly logger = new Logger('Sagas');

  @Saga() pendingDeal = (events$: Observable<IEvent>): Observable<ICommand> => this.react(events$, pendingDealRule, FollowUpRecordedEvent);

  @Saga() dealClosed = (events$: Observable<IEvent>): Observable<ICommand> => this.react(events$, dealClosedRule, FollowUpRecordedEvent);

  @Saga() nextFollowUp = (events$: Observable<IEvent>): Observable<ICommand> => this.react(events$, nextFollowUpRule, FollowUpRecordedEvent);

  @Saga() churnRiskClear = (events$: Observable<IEvent>): Observable<ICommand> =>
    this.react(events$, churnRiskClearRule, FollowUpRecordedEvent, OrderRecordedEvent);

  @Saga() highValue = (events$: Observable<IEvent>): Observable<ICommand> => this.react(events$, highValueRule, OrderRecordedEvent);

  @Saga() recentOrder = (events$: Observable<IEvent>): Observable<ICommand> => this.react(events$, recentOrderRule, OrderRecordedEvent);

  @Saga() recentInquiry = (events$: Observable<IEvent>): Observable<ICommand> => this.react(events$, recentInquiryRule, FollowUpRecordedEvent);

  @Saga() complaintResolved = (events$: Observable<IEvent>): Observable<ICommand> => this.react(events$, complaintOpenRule, ComplaintResolvedEvent);

  private react(events$: Observable<IEvent>, rule: CustomerRule, ...types: Type<CustomerFeedEvent>[]): Observable<ICommand> {
    return events$.pipe(
      ofType(...types),
      mergeMap((event) =>
        defer(() => (rule.concerns(event.trigger) ? of(this.commandFor(rule, event)) : EMPTY)).pipe(
          catchError((error: unknown) => {
            this.logger.error({ err: error, rule: rule.id, eventId: event.eventId }, 'Saga failed on an event; skipping it');
            return EMPTY;
          }),
        ),
      ),
    );
  }

  private commandFor(rule: CustomerRule, event: CustomerFeedEvent): ApplyRuleCommand {
    return new ApplyRuleCommand(rule.id, event.customerId, event.trigger, event.position, event.metadata.correlationId);
  }
}
