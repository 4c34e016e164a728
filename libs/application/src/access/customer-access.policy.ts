import { DomainError, type RegisteredCustomer, type Actor } from '#domain';
import type { UserDirectory } from '../users/user-directory.js';

/**
 * Record-level access (SPEC §7). A customer the actor may not see answers 404, never 403,
 * so customer ids cannot be probed.
 */
export class CustomerAccessPolicy {
  constructor(private readonly users: UserDirectory) {}

  async assertCanSee(actor: Actor, customer: RegisteredCustomer): Promise<void> {
    if (!(await this.canSee(actor, customer))) throw new DomainError('not-found', 'Customer not found');
  }

  async canSee(actor: Actor, customer: RegisteredCustomer): Promise<boolean> {
    switch (actor.role) {
      case 'sales':
        return customer.ownerId === actor.userId;
      case 'manager':
        return customer.ownerId === actor.userId || (await this.isInTeam(customer.ownerId, actor.teamId));
      case 'admin':
      case 'service':
      case 'analyst':
      case 'auditor':
        return true;
      case 'integrator':
        return false;
    }
  }

  private async isInTeam(userId: string, teamId: string | undefined): Promise<boolean> {
    if (teamId === undefined) return false;
    return (await this.users.findById(userId))?.teamId === teamId;
  }
}
