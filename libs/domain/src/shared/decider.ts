/**
 * What the command pipeline needs to run a stream: where its events live, the state before the
 * first event, the pure decision and the fold. Every stream type (customers, users, webhooks,
 * the rule book) offers one.
 */
export interface Decider<C, E, S> {
  streamOf(id: string): string;
  initialState(): S;
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
}
