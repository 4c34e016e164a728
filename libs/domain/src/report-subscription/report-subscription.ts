import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';

// Scheduled report delivery (seed 000: 報表自動推送 — 接收人, 每週一/每月1日, 周報/月報): who receives
// which report in which format when, as events in `report-subscription-<id>`.

export const SUBSCRIBABLE_REPORTS = ['funnel', 'industry-distribution', 'value-trend', 'churn-risk', 'tags'] as const;
export type SubscribableReport = (typeof SUBSCRIBABLE_REPORTS)[number];
export const DELIVERY_FORMATS = ['xlsx', 'pdf', 'csv'] as const;
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];

/** ISO weekday 1 (Monday) … 7 (Sunday) and an hour, or a day of the month (1–28, every month has it) and an hour, in TIME_ZONE. */
export type DeliverySchedule = { kind: 'weekly'; weekday: number; hour: number } | { kind: 'monthly'; day: number; hour: number };

export interface ReportSubscriptionContent {
  name: string;
  report: SubscribableReport;
  format: DeliveryFormat;
  recipients: string[];
  schedule: DeliverySchedule;
}

export interface ReportSubscription extends ReportSubscriptionContent {
  id: string;
  ownerId: string;
  createdAt: string;
  deleted?: boolean;
}
export type ReportSubscriptionState = ReportSubscription | undefined;

type ReportSubscriptionCreated = {
  type: 'ReportSubscriptionCreated';
  data: ReportSubscriptionContent & { subscriptionId: string; ownerId: string; createdAt: string };
};
type ReportSubscriptionChanged = { type: 'ReportSubscriptionChanged'; data: ReportSubscriptionContent & { subscriptionId: string } };
type ReportSubscriptionDeleted = { type: 'ReportSubscriptionDeleted'; data: { subscriptionId: string } };
export type ReportSubscriptionEvent = ReportSubscriptionCreated | ReportSubscriptionChanged | ReportSubscriptionDeleted;
export const REPORT_SUBSCRIPTION_EVENT_TYPES: readonly ReportSubscriptionEvent['type'][] = [
  'ReportSubscriptionCreated',
  'ReportSubscriptionChanged',
  'ReportSubscriptionDeleted',
];

export type ReportSubscriptionCommand =
  | { type: 'CreateReportSubscription'; data: ReportSubscriptionContent & { subscriptionId: string; ownerId: string }; now: Date }
  | { type: 'ChangeReportSubscription'; data: ReportSubscriptionContent; now: Date }
  | { type: 'DeleteReportSubscription'; now: Date };

export const MAX_RECIPIENTS = 50;

function assertContent(content: ReportSubscriptionContent): void {
  const name = content.name.trim();
  if (name.length === 0 || name.length > 100) throw new DomainError('invalid-value', 'name must be 1..100 characters', 'name');
  if (content.recipients.length === 0 || content.recipients.length > MAX_RECIPIENTS) {
    throw new DomainError('invalid-value', `recipients must list 1..${MAX_RECIPIENTS} users`, 'recipients');
  }
  const { schedule } = content;
  if (!Number.isInteger(schedule.hour) || schedule.hour < 0 || schedule.hour > 23)
    throw new DomainError('invalid-value', 'hour must be 0..23', 'schedule.hour');
  if (schedule.kind === 'weekly' && !(Number.isInteger(schedule.weekday) && schedule.weekday >= 1 && schedule.weekday <= 7)) {
    throw new DomainError('invalid-value', 'weekday must be 1 (Monday) .. 7 (Sunday)', 'schedule.weekday');
  }
  if (schedule.kind === 'monthly' && !(Number.isInteger(schedule.day) && schedule.day >= 1 && schedule.day <= 28)) {
    throw new DomainError('invalid-value', 'day must be 1..28 (a day every month has)', 'schedule.day');
  }
}

function decideSubscription(command: ReportSubscriptionCommand, state: ReportSubscriptionState): ReportSubscriptionEvent[] {
  if (command.type === 'CreateReportSubscription') {
    if (state) throw new DomainError('already-exists', 'Subscription already exists');
    assertContent(command.data);
    return [{ type: 'ReportSubscriptionCreated', data: { ...command.data, createdAt: command.now.toISOString() } }];
  }
  if (!state || state.deleted) throw new DomainError('not-found', 'Subscription not found');
  if (command.type === 'DeleteReportSubscription') return [{ type: 'ReportSubscriptionDeleted', data: { subscriptionId: state.id } }];
  assertContent(command.data);
  return [{ type: 'ReportSubscriptionChanged', data: { ...command.data, subscriptionId: state.id } }];
}

export function evolveSubscription(state: ReportSubscriptionState, event: ReportSubscriptionEvent): ReportSubscriptionState {
  switch (event.type) {
    case 'ReportSubscriptionCreated': {
      const { subscriptionId, ...rest } = event.data;
      return { ...rest, id: subscriptionId };
    }
    case 'ReportSubscriptionChanged': {
      const { subscriptionId: _id, ...content } = event.data;
      return state && { ...state, ...content };
    }
    case 'ReportSubscriptionDeleted':
      return state && { ...state, deleted: true };
  }
}

export const reportSubscriptionDecider: Decider<ReportSubscriptionCommand, ReportSubscriptionEvent, ReportSubscriptionState> = {
  streamOf: (id) => `report-subscription-${id}`,
  initialState: () => undefined,
  decide: decideSubscription,
  evolve: evolveSubscription,
};
