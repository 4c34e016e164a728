import { ForbiddenException, Injectable } from '@nestjs/common';
import { DomainError, type Actor } from '#domain';
import { UserDirectory } from '#application';

const OWNER_ROLES = new Set(['sales', 'manager', 'admin']);

/** A customer's owner must be an existing user who can own customers. */
@Injectable()
export class OwnerValidator {
  constructor(private readonly users: UserDirectory) {}

  async assertAssignable(ownerId: string): Promise<void> {
    const user = await this.users.findById(ownerId);
    if (!user || !OWNER_ROLES.has(user.role)) {
      throw new DomainError('invalid-value', 'ownerId must be an existing sales rep, manager or admin', 'ownerId');
    }
  }

  /** Registering for someone else: not for sales reps, and only to a user who can own customers. */
  async assertMayRegisterFor(actor: Actor, ownerId: string | undefined): Promise<void> {
    if (ownerId === undefined || ownerId === actor.userId) return;
    if (actor.role === 'sales') throw new ForbiddenException('Sales reps register customers for themselves');
    await this.assertAssignable(ownerId);
  }
}
