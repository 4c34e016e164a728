import type { ApiSchemas } from '#api-client';
import type { LabelledList } from '#domain';

export type PivotRequest = ApiSchemas['PivotRequestDto'];
export type PivotAnswer = ApiSchemas['PivotAnswerDto'];
export type Dimension = PivotRequest['rows'][number];
export type Measure = PivotRequest['measures'][number];

/** What POST /v1/reports/pivot accepts (PivotRequestDto's enums), in picker order. */
export const DIMENSIONS: readonly Dimension[] = [
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
];
export const MEASURES: readonly Measure[] = ['count', 'spend', 'orders', 'conversion'];
/** Rows take 1–3 dimensions, columns 0–3. */
export const MAX_DIMENSIONS = 3;

/** The label-table list of a dimension's values; owner ids, tags and periods read as themselves. */
export const VALUE_LIST: Partial<Record<Dimension, LabelledList>> = {
  tier: 'valueTier',
  segment: 'segment',
  lifecycleStage: 'lifecycleStage',
  industry: 'industry',
  region: 'region',
  source: 'source',
  status: 'status',
  type: 'type',
};
