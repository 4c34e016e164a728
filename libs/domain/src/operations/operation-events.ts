// What operators did to the running system, in the `operations` stream: who (the metadata's actor) and when.

/** An operator re-ran a saga reaction that had been parked; its effects carry the reaction's own causation. */
export type ParkedReactionRetried = {
  type: 'ParkedReactionRetried';
  data: { parkedId: string; ruleId: string; customerId: string; causationId: string; retriedAt: string };
};

export type OperationEvent = ParkedReactionRetried;
