import type { Decider } from '../shared/decider.js';
import { userStream } from '../shared/stream-names.js';
import type { UserEvent } from './user-events.js';
import { decideUser, evolveUser, initialUserState, type UserCommand, type UserState } from './user.js';

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  streamOf: userStream,
  initialState: initialUserState,
  decide: decideUser,
  evolve: evolveUser,
};
