import {
  codeReservationStream,
  customerStream,
  decide,
  DomainError,
  initialCustomerState,
  type Actor,
  type CustomerCommand,
  type CustomerEvent,
  type CustomerProfile,
  type CustomerState,
  type CustomerStatus,
  type EnteredValues,
  type RegisterCustomer,
} from '#domain';
import { WrongExpectedRevisionError, type AppendResult, type EventStore, type RecordedEvent, type StreamAppend } from '#event-store';
import type { Clock } from '#shared';
import { randomUUID } from 'node:crypto';
import { commandResultOf, type CommandContext, type CommandResult } from '../command-pipeline/command-context.js';
import type { CustomerCommandPipeline } from '../command-pipeline/customer-command-pipeline.js';
import type { CommandStep, DecidedAppend } from '../command-pipeline/decided-append.js';
import { deterministicUuid } from '../command-pipeline/deterministic-id.js';
import { CustomerCodeAllocator } from './customer-code-allocator.js';
import type { AccessPolicy } from '../access/access-policy.js';
import type { UserDirectory } from '../users/user-directory.js';
import type { DuplicateDetector } from './duplicate-detector.js';
import { normalizeRegistration } from './profile-normalizer.js';

export interface RegistrationRequest extends CustomerProfile {
  code?: string;
  ownerId?: string;
  allowDuplicate?: boolean;
}

/** What the deployment allows a registration to choose from (configuration, not request). */
export interface RegistrationOptions {
  industries: readonly string[];
}

/** The status a new customer starts in (an import's 客戶狀態), reached through the status command in the same commit. */
export interface InitialStatus {
  to: CustomerStatus;
  reason: string;
  /** What the status event's id derives from (an import row's key), as a separate status command's would. */
  idempotencyKey?: string;
}

/** A registration normalised and validated, named by its customer id; nothing read or written yet. */
export interface AcceptedRegistration {
  customerId: string;
  profile: CustomerProfile;
  entered?: EnteredValues;
  givenCode?: string;
  ownerId: string;
  allowDuplicate: boolean;
  industries: readonly string[];
  /** The keyed fingerprints of the normalised name and contact: the identity claims. */
  fingerprints: string[];
}

/** Everything one registration appends in its one commit, decided on the streams as read. */
export interface PreparedRegistration {
  appends: StreamAppend[];
  code: string;
  /** Set when the code was proposed by the allocator: a failed commit gives it back. */
  generated: boolean;
  decided: DecidedAppend<CustomerEvent, CustomerState>;
}

/** Streams as read for a decision, by id (a missing stream: [] or absent). */
export type ReadStreams = ReadonlyMap<string, readonly RecordedEvent[]>;

const MAX_ATTEMPTS = 10;

/**
 * Registration: normalise phones, e-mails and names (keeping what was typed), validate by a dry run
 * of the decider, read the code's reservation, the customer's stream and the identity claims in one
 * go, refuse a taken code or a suspected duplicate, then append the code reservation, the
 * registration (and an initial status) and the identity claims in ONE commit, each part expecting
 * its stream as read: a concurrent registration of the same code or identity makes the whole commit
 * fail, nothing of it written, and the next round answers 409. Every id derives from the
 * Idempotency-Key when there is one, so a retry lands on the same customer.
 */
export class RegisterCustomerService {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    private readonly codes: CustomerCodeAllocator,
    private readonly duplicates: DuplicateDetector,
    private readonly clock: Clock,
    private readonly access: AccessPolicy,
    private readonly users: UserDirectory,
    private readonly store: EventStore,
  ) {}

  async register(request: RegistrationRequest, context: CommandContext, options: RegistrationOptions): Promise<CommandResult> {
    const accepted = this.accept(request, context, options);
    for (let attempt = 1; ; attempt++) {
      const read = await this.store.readStreams(this.streamsOf(accepted));
      if (!accepted.allowDuplicate) await this.refuseDuplicate(accepted, read, context.actor);
      const prepared = await this.prepare(accepted, context, read);
      try {
        return commandResultOf(await this.landed(prepared, await this.store.appendToStreams(prepared.appends)));
      } catch (error) {
        this.failed(prepared);
        // A code, identity or customer taken meanwhile: the next round reads it and answers 409 (or takes the next number).
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** Normalised and validated by a dry run of the decider (throws its error); nothing read yet. */
  accept(request: RegistrationRequest, context: CommandContext, { industries }: RegistrationOptions): AcceptedRegistration {
    const { code: givenCode, ownerId, allowDuplicate, ...asEntered } = request;
    const { profile, entered } = normalizeRegistration(asEntered);
    const customerId = context.idempotencyKey === undefined ? randomUUID() : deterministicUuid('customer', context.idempotencyKey);
    const accepted: AcceptedRegistration = {
      customerId,
      profile,
      ...(entered ? { entered } : {}),
      ...(givenCode !== undefined ? { givenCode } : {}),
      ownerId: ownerId ?? context.actor.userId,
      allowDuplicate: allowDuplicate === true,
      industries,
      fingerprints: this.duplicates.fingerprintsOf(profile.name, profile.contact),
    };
    decide(registerCommand(accepted, givenCode ?? 'PENDING', this.clock.now()), initialCustomerState());
    return accepted;
  }

  /** The streams the decision depends on: the customer's own, the given code's reservation, the identity claims. */
  streamsOf(accepted: AcceptedRegistration): string[] {
    return [
      customerStream(accepted.customerId),
      ...(accepted.givenCode === undefined ? [] : [codeReservationStream(accepted.givenCode)]),
      ...this.duplicates.claimStreams(accepted.fingerprints),
    ];
  }

  /** Another customer answering to the same name and contact, in the streams as read. */
  duplicateIn(accepted: AcceptedRegistration, read: ReadStreams): string | undefined {
    return this.duplicates.duplicateIn(accepted.fingerprints, accepted.customerId, read);
  }

  /** Decides the commit on the streams as read (`streamsOf`); a given code another customer holds is 409 `code-taken`. */
  async prepare(accepted: AcceptedRegistration, context: CommandContext, read: ReadStreams, initialStatus?: InitialStatus): Promise<PreparedRegistration> {
    const now = this.clock.now();
    const { customerId, givenCode, profile } = accepted;
    const appends: StreamAppend[] = [];
    let code: string;
    if (givenCode !== undefined) {
      const holder = CustomerCodeAllocator.holderIn(read.get(codeReservationStream(givenCode)));
      if (holder !== undefined && holder !== customerId) throw new DomainError('code-taken', `Customer code ${givenCode} is already taken`, 'code');
      if (holder === undefined) appends.push(this.codes.reservation(givenCode, customerId, context, now));
      code = givenCode;
    } else {
      code = await this.codes.propose(profile.region, profile.industry, now);
      appends.push(this.codes.reservation(code, customerId, context, now));
    }
    const steps: CommandStep<CustomerCommand>[] = [{ context, build: (at) => registerCommand(accepted, code, at) }];
    if (initialStatus !== undefined && initialStatus.to !== 'prospect') {
      const { to, reason, idempotencyKey } = initialStatus;
      steps.push({ context: { ...context, idempotencyKey }, build: (at) => ({ type: 'ChangeCustomerStatus', data: { to, reason }, now: at }) });
    }
    let decided: DecidedAppend<CustomerEvent, CustomerState>;
    try {
      const known = read.get(customerStream(customerId));
      decided = await this.pipeline.decideAppend(customerId, steps, { assumeNew: known !== undefined && known.length === 0 });
    } catch (error) {
      if (givenCode === undefined) this.codes.forget(code);
      throw error;
    }
    appends.push(decided.append, ...this.duplicates.claimParts(accepted.fingerprints, customerId, context, now, read));
    return { appends, code, generated: givenCode === undefined, decided };
  }

  /** The registration's answer once its commit landed (`results` in the order of `prepared.appends`). */
  async landed(prepared: PreparedRegistration, results: readonly AppendResult[]): Promise<CommandResult> {
    return commandResultOf(await this.pipeline.landed(prepared.decided, results[prepared.appends.indexOf(prepared.decided.append)]));
  }

  /** The commit failed: nothing of it was written, so a proposed code goes back to the allocator. */
  failed(prepared: PreparedRegistration): void {
    if (prepared.generated) this.codes.forget(prepared.code);
  }

  /** The 409 names the other customer only to a caller who may see it; anyone else learns whose team may resolve it. */
  private async refuseDuplicate(accepted: AcceptedRegistration, read: ReadStreams, actor: Actor): Promise<void> {
    const other = this.duplicateIn(accepted, read);
    if (other === undefined) return;
    const { state } = await this.pipeline.load(other);
    const ownerId = state.kind === 'registered' ? state.ownerId : undefined;
    if (ownerId !== undefined && (await this.access.canSee(actor, { ownerId }))) {
      throw new DomainError('duplicate-suspected', `A customer with the same name and contact exists: ${other}`, 'name');
    }
    const team = ownerId === undefined ? undefined : (await this.users.findById(ownerId))?.teamId;
    const resolvers = team === undefined ? 'an admin' : `team ${team} (its owner's) or an admin`;
    throw new DomainError(
      'duplicate-suspected',
      `A likely duplicate (same name and contact) exists among customers you cannot see; ${resolvers} may resolve it`,
      'name',
    );
  }
}

function registerCommand(accepted: AcceptedRegistration, code: string, now: Date): RegisterCustomer {
  const { customerId, profile, entered, ownerId, industries } = accepted;
  return { type: 'RegisterCustomer', data: { ...profile, customerId, code, ownerId, industries, ...(entered ? { entered } : {}) }, now };
}
