/** What a pivot can put on its rows and columns (seed 000: 拖拽字段自定義報表). */
export const PIVOT_DIMENSIONS = [
  'tier',
  'segment',
  'lifecycleStage',
  'industry',
  'region',
  'source',
  'owner',
  'tag',
  'status',
  'type',
  'month',
  'quarter',
] as const;
export type PivotDimension = (typeof PIVOT_DIMENSIONS)[number];

/** What a pivot's cells hold. */
export const PIVOT_MEASURES = ['count', 'spend', 'orders', 'conversion'] as const;
export type PivotMeasure = (typeof PIVOT_MEASURES)[number];

/** Built on spend, which a role may hide (HIDEABLE_FIELDS `value`): such a role gets 403 for these. */
export const VALUE_DIMENSIONS: readonly PivotDimension[] = ['tier'];
export const VALUE_MEASURES: readonly PivotMeasure[] = ['spend'];

interface PivotFilters {
  status?: string;
  tag?: string;
  ownerId?: string;
  industry?: string;
  region?: string;
  q?: string;
}

/** A pivot's definition: what a saved report stores and runs. */
export interface PivotDefinition {
  rows: PivotDimension[];
  columns: PivotDimension[];
  measures: PivotMeasure[];
  filters?: PivotFilters;
  period?: { from?: string; to?: string };
}
