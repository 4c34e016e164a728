import { DomainError, type Actor, type Role } from '#domain';
import { narrowOwners, personalDataView, reachesOwner, visibleOwners, type PersonalDataView, type VisibleOwners } from './access-rules.js';
import { defaultGrantsOf, type RoleGrants } from './role-grants.js';

/** Who is in a team. */
export interface TeamDirectory {
  membersOf(teamId: string): Promise<readonly string[]>;
}

/** The one answer to "may this actor see this customer, and how much of it" (SPEC §7), for commands, reads, audit and the feed. */
export class AccessPolicy {
  constructor(
    private readonly teams: TeamDirectory,
    private readonly grantsOf: (role: Role) => RoleGrants = defaultGrantsOf,
  ) {}

  /** A customer the actor may not see answers 404, never 403, so customer ids cannot be probed. */
  async assertCanSee<C extends { ownerId: string }>(actor: Actor, customer: C | undefined): Promise<C> {
    if (!customer || !(await this.canSee(actor, customer))) throw new DomainError('not-found', 'Customer not found');
    return customer;
  }

  async canSee(actor: Actor, customer: { ownerId: string }): Promise<boolean> {
    return reachesOwner(await this.visibleOwners(actor), customer.ownerId);
  }

  async visibleOwners(actor: Actor): Promise<VisibleOwners> {
    const { records } = this.grantsOf(actor.role);
    if (records !== 'team') return visibleOwners(actor, records, []);
    const team = actor.teamId === undefined ? [] : await this.teams.membersOf(actor.teamId);
    return visibleOwners(actor, records, team);
  }

  /** The owner filter of a list or a ranking, narrowed by an `ownerId` the caller asked for. */
  async ownerFilter(actor: Actor, requestedOwner?: string): Promise<VisibleOwners> {
    return narrowOwners(await this.visibleOwners(actor), requestedOwner);
  }

  /** Of a given customer, or — without one — of customers in general (event feeds, history entries). */
  personalData(actor: Actor, customer?: { ownerId: string }): PersonalDataView {
    return personalDataView(actor, this.grantsOf(actor.role), customer?.ownerId);
  }
}
