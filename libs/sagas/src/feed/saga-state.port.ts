/** Where the saga feeder keeps its checkpoint: the feed position up to which every reaction has settled. */
export interface SagaCheckpoints {
  /** undefined when this feed has never run against the store (no checkpoint saved yet). */
  load(name: string): number | undefined;
  save(name: string, position: number): void;
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
  park(reaction: ParkedReaction): void;
  list(limit: number): ParkedReaction[];
}
