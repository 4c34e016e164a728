import { Injectable } from '@nestjs/common';
import { DomainError, type Actor } from '#domain';
import { AccessPolicy, UserDirectory } from '#application';

/** A customer's owner must be an existing, enabled user whose role registers customers, within the giver's reach. */
@Injectable()
export class OwnerValidator {
  constructor(
    private readonly users: UserDirectory,
    private readonly access: AccessPolicy,
  ) {}

  async assertAssignable(ownerId: string): Promise<void> {
    const user = await this.users.findById(ownerId);
    if (user?.disabled) throw new DomainError('invalid-value', 'ownerId must not be a disabled user', 'ownerId');
    if (!user || !(await this.access.mayDo({ userId: user.userId, role: user.role }, 'customers.create'))) {
      throw new DomainError('invalid-value', 'ownerId must be an existing sales rep, manager or admin', 'ownerId');
    }
  }

  /** Moving a customer to `ownerId`: within the actor's team (403 otherwise), and to a user who can own customers. */
  async assertMayGiveTo(actor: Actor, ownerId: string): Promise<void> {
    await this.access.assertMayGiveTo(actor, ownerId);
    await this.assertAssignable(ownerId);
  }

  /** Registering for someone else: not for sales reps, a manager only within the team, and only to a user who can own customers. */
  async assertMayRegisterFor(actor: Actor, ownerId: string | undefined): Promise<void> {
    if (ownerId === undefined || ownerId === actor.userId) return;
    await this.assertMayGiveTo(actor, ownerId);
  }
}
