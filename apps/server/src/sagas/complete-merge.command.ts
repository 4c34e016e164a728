import { Command } from '@nestjs/cqrs';
import type { CustomerFeedEvent } from '#sagas';

/** What the merge relay emits: complete the survivor's side of the merge or unmerge recorded by `event`. */
export class CompleteMergeCommand extends Command<void> {
  constructor(readonly event: CustomerFeedEvent) {
    super();
  }
}
