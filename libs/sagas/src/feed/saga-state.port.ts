import type { EvaluationJournal } from '../scheduler/evaluation-run.js';

/** Where the saga feeder keeps its checkpoint: the feed position up to which every reaction has settled. */
export interface SagaCheckpoints {
  /** undefined when this feed has never run against the store (no checkpoint saved yet). */
  load(name: string): Promise<number | undefined>;
  /** Never moves a checkpoint backwards. */
  save(name: string, position: number): Promise<void>;
}

/** A reaction that kept failing (or was refused) and will not be retried on its own. */
export interface ParkedReaction {
  id: string;
  ruleId: string;
  customerId: string;
  causationId: string;
  /** Feed position of the causing event; absent for scheduler runs. */
  causePosition?: number;
  error: string;
  attempts: number;
  parkedAt: string;
}

export interface ParkedReactions {
  /** Parks it, or updates the record of the same id (the same reaction failing again). */
  park(reaction: ParkedReaction): Promise<void>;
  list(limit: number): Promise<ParkedReaction[]>;
  find(id: string): Promise<ParkedReaction | undefined>;
  /** Forgets it: an operator's retry applied it. */
  release(id: string): Promise<void>;
}

/**
 * The saga worker's own durable state: its feed checkpoint, the reactions it parked and how far an
 * unfinished scheduler run got. Kept apart from the read store: a projection rebuild resets read
 * models, and must not make the sagas replay the whole feed.
 */
export interface SagaState extends SagaCheckpoints, ParkedReactions, EvaluationJournal {
  close(): Promise<void>;
}

export const SAGA_STATE = Symbol('SagaState');
