import { customerDecider, type CustomerCommand, type CustomerEvent, type CustomerState } from '#domain';
import type { EventStore } from '#event-store';
import type { Clock } from '#shared';
import type { AccessPolicy } from '../access/access-policy.js';
import { CommandPipeline } from './command-pipeline.js';

/** The pipeline of customer streams: a customer the actor may not see answers 404 to every command. */
export class CustomerCommandPipeline extends CommandPipeline<CustomerCommand, CustomerEvent, CustomerState> {
  constructor(store: EventStore, clock: Clock, access: AccessPolicy) {
    super(store, clock, {
      ...customerDecider,
      authorize: async (actor, state) => {
        if (state.kind === 'registered') await access.assertCanSee(actor, state);
      },
    });
  }
}
