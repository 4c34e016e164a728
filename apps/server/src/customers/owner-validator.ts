import { Injectable } from '@nestjs/common';
import { DomainError } from '#domain';
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
}
