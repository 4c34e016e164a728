import { LIFECYCLE_STAGES, type LifecycleStage, type LifecycleThresholds } from '#domain';
import { monthStart, nextMonth } from '#shared';
import type { CustomerLifecycleDocument } from './customer-lifecycle.document.js';
import { stageHistory, stageOfHistory } from './lifecycle-stages.js';

export type StageCounts = Record<LifecycleStage, number>;

interface LifecycleMonth {
  month: string;
  /** Customers in each stage at the end of the month (at `now` for the month in progress). */
  stages: StageCounts;
}

export interface LifecycleFlow {
  month: string;
  from: LifecycleStage;
  to: LifecycleStage;
  count: number;
}

export interface LifecycleReport {
  months: LifecycleMonth[];
  /** Customers whose stage at the end of the month differs from the end of the month before. */
  flows: LifecycleFlow[];
}

const emptyCounts = (): StageCounts => Object.fromEntries(LIFECYCLE_STAGES.map((stage) => [stage, 0])) as StageCounts;

/** The months `from` … `to` inclusive (`YYYY-MM`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}

/**
 * Stage counts per month of the time zone, and the flows between stages month over month. Keeps
 * one running tally, so it reads each customer's document once whatever the number of months.
 */
export class LifecycleTally {
  private readonly ends: Date[];
  private readonly counts: StageCounts[];
  private readonly flows = new Map<string, LifecycleFlow>();

  constructor(
    private readonly months: readonly string[],
    private readonly thresholds: LifecycleThresholds,
    timeZone: string,
    now: Date,
  ) {
    // The stage the month ended in; the month before the first gives the first month's flows.
    this.ends = [months[0], ...months].map((month, i) => {
      const end = new Date(monthStart(i === 0 ? month : nextMonth(month), timeZone).getTime() - 1);
      return end > now ? now : end;
    });
    this.counts = months.map(emptyCounts);
  }

  add(doc: CustomerLifecycleDocument): void {
    const history = stageHistory(doc, this.thresholds, this.ends.at(-1) as Date);
    let before = stageOfHistory(history, this.ends[0]);
    this.months.forEach((month, i) => {
      const stage = stageOfHistory(history, this.ends[i + 1]);
      if (stage === undefined) return;
      this.counts[i][stage] += 1;
      if (before !== undefined && before !== stage) {
        const key = `${month}|${before}|${stage}`;
        const flow = this.flows.get(key) ?? { month, from: before, to: stage, count: 0 };
        this.flows.set(key, { ...flow, count: flow.count + 1 });
      }
      before = stage;
    });
  }

  report(): LifecycleReport {
    return {
      months: this.months.map((month, i) => ({ month, stages: this.counts[i] })),
      flows: [...this.flows.values()].sort((a, b) => a.month.localeCompare(b.month) || b.count - a.count),
    };
  }
}
