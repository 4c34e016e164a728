import { decide, DomainError, initialCustomerState, type Actor, type Contact, type CustomerProfile, type RegisterCustomer } from '#domain';
import type { Clock } from '#shared';
import { randomUUID } from 'node:crypto';
import { commandResultOf, type CommandContext, type CommandResult } from '../command-pipeline/command-context.js';
import type { CustomerCommandPipeline } from '../command-pipeline/customer-command-pipeline.js';
import { deterministicUuid } from '../command-pipeline/deterministic-id.js';
import type { CustomerCodeAllocator } from './customer-code-allocator.js';
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

/**
 * Registration: normalise phones, e-mails and names (keeping what was typed), validate by a dry run of the decider, refuse suspected duplicates, reserve the
 * code, append `CustomerRegistered`, then claim the identity fingerprints. Each step is keyed by
 * the customer id, so a retry with the same Idempotency-Key lands on the same customer.
 */
export class RegisterCustomerService {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    private readonly codes: CustomerCodeAllocator,
    private readonly duplicates: DuplicateDetector,
    private readonly clock: Clock,
    private readonly access: AccessPolicy,
    private readonly users: UserDirectory,
  ) {}

  async register(request: RegistrationRequest, context: CommandContext, { industries }: RegistrationOptions): Promise<CommandResult> {
    const { code: givenCode, ownerId, allowDuplicate, ...asEntered } = request;
    const { profile, entered } = normalizeRegistration(asEntered);
    const customerId = context.idempotencyKey === undefined ? randomUUID() : deterministicUuid('customer', context.idempotencyKey);
    const toCommand = (code: string, now: Date): RegisterCustomer => ({
      type: 'RegisterCustomer',
      data: { ...profile, customerId, code, ownerId: ownerId ?? context.actor.userId, industries, ...(entered ? { entered } : {}) },
      now,
    });

    const now = this.clock.now();
    decide(toCommand(givenCode ?? 'PENDING', now), initialCustomerState());
    if (!allowDuplicate) await this.refuseDuplicate(profile.name, profile.contact, customerId, context.actor);
    const code = givenCode ?? (await this.codes.generate(profile.region, profile.industry, customerId, context, now));
    if (givenCode !== undefined) await this.codes.reserveGiven(givenCode, customerId, context, now);

    const result = await this.pipeline.execute(customerId, context, (at) => toCommand(code, at));
    await this.duplicates.claim(profile.name, profile.contact, customerId, context, now);
    return commandResultOf(result);
  }

  /** The 409 names the other customer only to a caller who may see it; anyone else learns whose team may resolve it. */
  private async refuseDuplicate(name: string, contact: Contact, customerId: string, actor: Actor): Promise<void> {
    const other = await this.duplicates.findDuplicate(name, contact, customerId);
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
