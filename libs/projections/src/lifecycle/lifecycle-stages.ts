import { DAY_MS, type LifecycleStage, type LifecycleThresholds } from '#domain';
import type { CustomerLifecycleDocument } from './customer-lifecycle.document.js';

// Lifecycle stages at query time (seed 003: 潛客 → 新客 → 活躍客戶 → 沉默客戶 → 流失客戶), at any instant:
//   lost      churned at that instant, or no order or follow-up for lostAfterDays
//   prospect  no order yet
//   new       first order less than newDays ago
//   active    an order or follow-up less than silentAfterDays ago
//   silent    none for silentAfterDays, not yet lostAfterDays
// Time alone moves a customer on, so the history is found from the instants where a stage can change.

export interface StageEntry {
  stage: LifecycleStage;
  enteredAt: string;
}

/** Index of the last element ≤ instant in an ascending list, -1 if none. */
function lastAtOrBefore(list: readonly string[], instant: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle] <= instant) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function churnedAt(doc: CustomerLifecycleDocument, instant: string): boolean {
  let churned = false;
  for (const change of doc.churn) {
    if (change.at > instant) break;
    churned = change.churned;
  }
  return churned;
}

/** The stage at an instant; undefined before registration. */
export function stageAt(doc: CustomerLifecycleDocument, thresholds: LifecycleThresholds, at: Date): LifecycleStage | undefined {
  const instant = at.toISOString();
  if (instant < doc.registeredAt) return undefined;
  if (churnedAt(doc, instant)) return 'lost';
  if (doc.firstOrderAt === undefined || doc.firstOrderAt > instant) return 'prospect';
  const time = at.getTime();
  if (time - Date.parse(doc.firstOrderAt) < thresholds.newDays * DAY_MS) return 'new';
  const idle = time - Date.parse(doc.activity[lastAtOrBefore(doc.activity, instant)]);
  if (idle < thresholds.silentAfterDays * DAY_MS) return 'active';
  return idle < thresholds.lostAfterDays * DAY_MS ? 'silent' : 'lost';
}

/** Every stage the customer entered up to `until`, oldest first. */
export function stageHistory(doc: CustomerLifecycleDocument, thresholds: LifecycleThresholds, until: Date): StageEntry[] {
  const shifted = (instant: string, days: number) => Date.parse(instant) + days * DAY_MS;
  const candidates = new Set<number>([Date.parse(doc.registeredAt)]);
  for (const change of doc.churn) candidates.add(Date.parse(change.at));
  if (doc.firstOrderAt !== undefined) candidates.add(shifted(doc.firstOrderAt, thresholds.newDays));
  for (const instant of doc.activity) {
    candidates.add(Date.parse(instant));
    candidates.add(shifted(instant, thresholds.silentAfterDays));
    candidates.add(shifted(instant, thresholds.lostAfterDays));
  }
  const end = until.getTime();
  const history: StageEntry[] = [];
  for (const time of [...candidates].filter((t) => t <= end).sort((a, b) => a - b)) {
    const stage = stageAt(doc, thresholds, new Date(time));
    if (stage !== undefined && stage !== history.at(-1)?.stage) history.push({ stage, enteredAt: new Date(time).toISOString() });
  }
  return history;
}

/** The stage a history says the customer was in at an instant; undefined before registration. */
export function stageOfHistory(history: readonly StageEntry[], at: Date): LifecycleStage | undefined {
  const instant = at.toISOString();
  let stage: LifecycleStage | undefined;
  for (const entry of history) {
    if (entry.enteredAt > instant) break;
    stage = entry.stage;
  }
  return stage;
}
