import { Injectable } from '@nestjs/common';
import { ofType, Saga, type ICommand, type IEvent } from '@nestjs/cqrs';
import { map, type Observable } from 'rxjs';
import { CustomerMergedIntoEvent, CustomerUnmergedEvent } from '#sagas';
import { CompleteMergeCommand } from './complete-merge.command.js';

/** The merge relay: each merge or unmerge recorded on a merged customer's stream completes on the survivor's. */
@Injectable()
export class MergeRelaySagas {
  @Saga() relay = (events$: Observable<IEvent>): Observable<ICommand> =>
    events$.pipe(
      ofType(CustomerMergedIntoEvent, CustomerUnmergedEvent),
      map((event) => new CompleteMergeCommand(event)),
    );
}
