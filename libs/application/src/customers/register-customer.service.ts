import { decide, initialCustomerState, type CustomerProfile, type RegisterCustomer } from '#domain';
import type { Clock } from '#shared';
import { randomUUID } from 'node:crypto';
import { commandResultOf, type CommandContext, type CommandResult } from '../command-pipeline/command-context.js';
import type { CustomerCommandPipeline } from '../command-pipeline/customer-command-pipeline.js';
import { deterministicUuid } from '../command-pipeline/deterministic-id.js';
import type { CustomerCodeAllocator } from './customer-code-allocator.js';
import type { DuplicateDetector } from './duplicate-detector.js';

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
 * Registration: validate by a dry run of the decider, refuse suspected duplicates, reserve the
 * code, append `CustomerRegistered`, then claim the identity fingerprints. Each step is keyed by
 * the customer id, so a retry with the same Idempotency-Key lands on the same customer.
 */
export class RegisterCustomerService {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    private readonly codes: CustomerCodeAllocator,
    private readonly duplicates: DuplicateDetector,
    private readonly clock: Clock,
  ) {}

  async register(request: RegistrationRequest, context: CommandContext, { industries }: RegistrationOptions): Promise<CommandResult> {
    const { code: givenCode, ownerId, allowDuplicate, ...profile } = request;
    const customerId = context.idempotencyKey === undefined ? randomUUID() : deterministicUuid('customer', context.idempotencyKey);
    const toCommand = (code: string, now: Date): RegisterCustomer => ({
      type: 'RegisterCustomer',
      data: { ...profile, customerId, code, ownerId: ownerId ?? context.actor.userId, industries },
      now,
    });

    const now = this.clock.now();
    decide(toCommand(givenCode ?? 'PENDING', now), initialCustomerState());
    if (!allowDuplicate) await this.duplicates.assertNoDuplicate(profile.name, profile.contact, customerId);
    const code = givenCode ?? (await this.codes.generate(profile.region, profile.industry, customerId, context, now));
    if (givenCode !== undefined) await this.codes.reserveGiven(givenCode, customerId, context, now);

    const result = await this.pipeline.execute(customerId, context, (at) => toCommand(code, at));
    await this.duplicates.claim(profile.name, profile.contact, customerId, context, now);
    return commandResultOf(result);
  }
}
