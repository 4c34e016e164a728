import type { EventMetadata, RecordedEvent } from '#event-store';
import { customerIdOfStream } from '#domain';
import type { RuleTrigger } from '../rules/customer-rule.js';

/**
 * A customer event read back from the global feed, as a class: @nestjs/cqrs routes by class
 * (`ofType` is an instanceof check), so events from the store are rehydrated through FEED_EVENT_CLASSES.
 */
export abstract class CustomerFeedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly customerId: string;
  readonly position: number;
  readonly data: Record<string, unknown>;
  readonly metadata: EventMetadata;

  constructor(recorded: RecordedEvent) {
    this.eventId = recorded.id;
    this.type = recorded.type;
    this.customerId = customerIdOfStream(recorded.streamId);
    this.position = recorded.position;
    this.data = recorded.data;
    this.metadata = recorded.metadata;
  }

  get trigger(): RuleTrigger {
    return { eventId: this.eventId, type: this.type, data: this.data };
  }
}

export class FollowUpRecordedEvent extends CustomerFeedEvent {}
export class OrderRecordedEvent extends CustomerFeedEvent {}
export class ComplaintResolvedEvent extends CustomerFeedEvent {}
/** The merged customer's side of a merge or unmerge: the merge relay completes the survivor's. */
export class CustomerMergedIntoEvent extends CustomerFeedEvent {}
export class CustomerUnmergedEvent extends CustomerFeedEvent {}

type FeedEventClass = new (recorded: RecordedEvent) => CustomerFeedEvent;

/** The event types sagas react to; any other type is skipped by the feeder (nothing listens to it). */
const FEED_EVENT_CLASSES: Readonly<Record<string, FeedEventClass>> = {
  FollowUpRecorded: FollowUpRecordedEvent,
  OrderRecorded: OrderRecordedEvent,
  ComplaintResolved: ComplaintResolvedEvent,
  CustomerMergedInto: CustomerMergedIntoEvent,
  CustomerUnmerged: CustomerUnmergedEvent,
};

export function rehydrate(recorded: RecordedEvent): CustomerFeedEvent | undefined {
  const EventClass = FEED_EVENT_CLASSES[recorded.type];
  return EventClass ? new EventClass(recorded) : undefined;
}
