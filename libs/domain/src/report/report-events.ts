// Saved reports (issue 14: 拖拽字段自定義報表 kept for later) are state kept as events, in streams
// `report-<id>`, so a report's definition has a history: who changed it to what, when.

/** A report's definition as the reports API validates it (a pivot: rows, columns, measures, filters, period). */
export type ReportDefinition = Readonly<Record<string, unknown>>;

type ReportSaved = {
  type: 'ReportSaved';
  data: { reportId: string; ownerId: string; name: string; definition: ReportDefinition; savedAt: string };
};

type ReportChanged = {
  type: 'ReportChanged';
  data: { reportId: string; name: string; definition: ReportDefinition; changedAt: string };
};

type ReportDeleted = {
  type: 'ReportDeleted';
  data: { reportId: string; deletedAt: string };
};

export type ReportEvent = ReportSaved | ReportChanged | ReportDeleted;
