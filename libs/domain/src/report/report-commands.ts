import type { ReportDefinition } from './report-events.js';

export type ReportCommand =
  | { type: 'SaveReport'; data: { reportId: string; ownerId: string; name: string; definition: ReportDefinition }; now: Date }
  | { type: 'ChangeReport'; data: { name: string; definition: ReportDefinition }; now: Date }
  | { type: 'DeleteReport'; now: Date };
