import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { reportStream } from '../shared/stream-names.js';
import type { ReportCommand } from './report-commands.js';
import type { ReportDefinition, ReportEvent } from './report-events.js';
import { initialReportState, type ReportState, type SavedReport } from './report-state.js';

export const REPORT_NAME_MAX = 100;

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > REPORT_NAME_MAX) throw new DomainError('invalid-value', `name must be 1..${REPORT_NAME_MAX} characters`, 'name');
  return trimmed;
}

/** Key order does not make a definition different. */
const canonical = (value: unknown): string =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? `{${Object.keys(value)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
        .join(',')}}`
    : Array.isArray(value)
      ? `[${value.map(canonical).join(',')}]`
      : JSON.stringify(value);
const sameDefinition = (a: ReportDefinition, b: ReportDefinition): boolean => canonical(a) === canonical(b);

export function decideReport(command: ReportCommand, state: ReportState): ReportEvent[] {
  switch (command.type) {
    case 'SaveReport':
      // The id derives from the Idempotency-Key: a report that exists is this request, retried.
      if (state !== undefined) return [];
      return [{ type: 'ReportSaved', data: { ...command.data, name: checkedName(command.data.name), savedAt: command.now.toISOString() } }];
    case 'ChangeReport': {
      const report = liveReport(state);
      const name = checkedName(command.data.name);
      if (name === report.name && sameDefinition(command.data.definition, report.definition)) return [];
      return [{ type: 'ReportChanged', data: { reportId: report.id, name, definition: command.data.definition, changedAt: command.now.toISOString() } }];
    }
    case 'DeleteReport': {
      const report = liveReport(state);
      return [{ type: 'ReportDeleted', data: { reportId: report.id, deletedAt: command.now.toISOString() } }];
    }
  }
}

export function evolveReport(state: ReportState, event: ReportEvent): ReportState {
  switch (event.type) {
    case 'ReportSaved': {
      const { reportId, ownerId, name, definition, savedAt } = event.data;
      return { id: reportId, ownerId, name, definition, createdAt: savedAt, updatedAt: savedAt, deleted: false };
    }
    case 'ReportChanged':
      return state && { ...state, name: event.data.name, definition: event.data.definition, updatedAt: event.data.changedAt };
    case 'ReportDeleted':
      return state && { ...state, deleted: true, updatedAt: event.data.deletedAt };
    default:
      return state;
  }
}

function liveReport(state: ReportState): SavedReport {
  if (state === undefined || state.deleted) throw new DomainError('not-found', 'Report not found');
  return state;
}

export const reportDecider: Decider<ReportCommand, ReportEvent, ReportState> = {
  streamOf: reportStream,
  initialState: initialReportState,
  decide: decideReport,
  evolve: evolveReport,
};
