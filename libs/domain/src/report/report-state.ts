import type { ReportDefinition } from './report-events.js';

export interface SavedReport {
  id: string;
  ownerId: string;
  name: string;
  definition: ReportDefinition;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
}

export type ReportState = SavedReport | undefined;

export const initialReportState = (): ReportState => undefined;
