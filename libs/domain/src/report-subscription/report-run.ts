import type { Decider } from '../shared/decider.js';

// One run of a subscription for one period (`report-run-<id>`, the id derived from subscription and
// period): the first worker to start it owns it, each recipient's delivery is recorded once.

export interface RecipientDelivery {
  userId: string;
  inboxItemId: string;
  /** Whether an e-mail went out (SMTP configured and the user has an address). */
  emailed: boolean;
  error?: string;
}

export interface ReportRunState {
  runId: string;
  subscriptionId: string;
  period: string;
  startedAt: string;
  delivered: RecipientDelivery[];
  completedAt?: string;
}

type ReportRunStarted = { type: 'ReportRunStarted'; data: { runId: string; subscriptionId: string; period: string; startedAt: string } };
type ReportDelivered = { type: 'ReportDelivered'; data: RecipientDelivery & { runId: string } };
type ReportRunCompleted = { type: 'ReportRunCompleted'; data: { runId: string; completedAt: string } };
export type ReportRunEvent = ReportRunStarted | ReportDelivered | ReportRunCompleted;

export type ReportRunCommand =
  | { type: 'StartReportRun'; data: { runId: string; subscriptionId: string; period: string }; now: Date }
  | { type: 'RecordDelivery'; data: RecipientDelivery; now: Date }
  | { type: 'CompleteReportRun'; now: Date };

/** Every repeat is a no-op, so two workers, a retry or a resumed run never record (or send) twice. */
function decideRun(command: ReportRunCommand, state: ReportRunState | undefined): ReportRunEvent[] {
  if (command.type === 'StartReportRun') return state ? [] : [{ type: 'ReportRunStarted', data: { ...command.data, startedAt: command.now.toISOString() } }];
  if (!state || state.completedAt) return [];
  if (command.type === 'RecordDelivery') {
    return state.delivered.some((d) => d.userId === command.data.userId) ? [] : [{ type: 'ReportDelivered', data: { ...command.data, runId: state.runId } }];
  }
  return [{ type: 'ReportRunCompleted', data: { runId: state.runId, completedAt: command.now.toISOString() } }];
}

function evolveRun(state: ReportRunState | undefined, event: ReportRunEvent): ReportRunState | undefined {
  switch (event.type) {
    case 'ReportRunStarted':
      return { ...event.data, delivered: [] };
    case 'ReportDelivered': {
      const { runId: _runId, ...delivery } = event.data;
      return state && { ...state, delivered: [...state.delivered, delivery] };
    }
    case 'ReportRunCompleted':
      return state && { ...state, completedAt: event.data.completedAt };
  }
}

export const reportRunDecider: Decider<ReportRunCommand, ReportRunEvent, ReportRunState | undefined> = {
  streamOf: (runId) => `report-run-${runId}`,
  initialState: () => undefined,
  decide: decideRun,
  evolve: evolveRun,
};
