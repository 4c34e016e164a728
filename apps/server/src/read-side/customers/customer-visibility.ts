import { Injectable } from '@nestjs/common';
import { type Actor, DomainError } from '#domain';
import type { CustomerProfileDocument } from '#projections';
import { TeamMembers } from './team-members.js';

/**
 * Record-level access on the read side (SPEC §7), as CustomerAccessPolicy on the write side:
 * a list is narrowed to the owners the actor may see; a single customer outside it is a 404.
 */
@Injectable()
export class CustomerVisibility {
  constructor(private readonly teams: TeamMembers) {}

  /** The owners whose customers the actor may see; undefined = all. */
  async visibleOwners(actor: Actor): Promise<string[] | undefined> {
    switch (actor.role) {
      case 'sales':
        return [actor.userId];
      case 'manager': {
        if (actor.teamId === undefined) return [actor.userId];
        const team = await this.teams.of(actor.teamId);
        return [...new Set([actor.userId, ...team])];
      }
      case 'admin':
      case 'service':
      case 'analyst':
      case 'auditor':
        return undefined;
      case 'integrator':
        return [];
    }
  }

  /** The owner filter of a list: the visible owners, narrowed by an `ownerId` the caller asked for. */
  async ownerFilter(actor: Actor, requestedOwner?: string): Promise<string[] | undefined> {
    const visible = await this.visibleOwners(actor);
    if (requestedOwner === undefined) return visible;
    return visible === undefined || visible.includes(requestedOwner) ? [requestedOwner] : [];
  }

  async assertCanSee(actor: Actor, customer: CustomerProfileDocument | undefined): Promise<CustomerProfileDocument> {
    const visible = customer && (await this.visibleOwners(actor));
    if (!customer || (visible !== undefined && !visible.includes(customer.ownerId))) throw new DomainError('not-found', 'Customer not found');
    return customer;
  }
}
