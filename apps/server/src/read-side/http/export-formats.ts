export const REPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Lists have no PDF: a printout of a hundred thousand customers helps nobody. */
export const LIST_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
