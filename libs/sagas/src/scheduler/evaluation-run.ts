import type { KeysetPosition } from '#read-store';

/** Where a candidate scan stands: the named scan and the keyset position of the last customer done in it. */
export interface CandidateCursor {
  scan: string;
  after?: KeysetPosition;
}

/** One evaluation of the time-based rules as of an instant, as far as it has got. */
export interface EvaluationRun {
  at: string;
  correlationId: string;
  /** Every candidate up to here has been evaluated; absent before the first one. */
  cursor?: CandidateCursor;
  customers: number;
  appended: number;
  parked: number;
}

/** Durable progress of scheduled runs, so a restarted process resumes an interrupted run instead of starting over. */
export interface EvaluationJournal {
  unfinishedRun(name: string): Promise<EvaluationRun | undefined>;
  recordRun(name: string, run: EvaluationRun): Promise<void>;
  finishRun(name: string): Promise<void>;
}
