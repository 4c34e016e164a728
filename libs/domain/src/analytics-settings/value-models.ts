// The names the value models give customers (seed 003); their labels are in customer/customer-labels.ts.

/** The standard eight RFM segments: R, F and M each above (score 3–5) or below (1–2) the middle. */
export const RFM_SEGMENTS = [
  'important_value',
  'important_keep',
  'important_develop',
  'important_retain',
  'general_value',
  'general_keep',
  'general_develop',
  'general_retain',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** 潛客 → 新客 → 活躍客戶 → 沉默客戶 → 流失客戶. */
export const LIFECYCLE_STAGES = ['prospect', 'new', 'active', 'silent', 'lost'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** Score 3 and up is above the middle. */
const high = (score: number): boolean => score >= 3;

/** M above the middle makes a customer important (重要), else general (一般); R and F pick value/keep/develop/retain. */
export function rfmSegmentOf(r: number, f: number, m: number): RfmSegment {
  const kind = high(r) ? (high(f) ? 'value' : 'develop') : high(f) ? 'keep' : 'retain';
  return `${high(m) ? 'important' : 'general'}_${kind}`;
}
