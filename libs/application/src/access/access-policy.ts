import { DomainError, type Actor, type HideableField, type Permission, type RoleDefinition } from '#domain';
import { narrowOwners, personalDataView, reachesOwner, visibleOwners, type PersonalDataView, type VisibleOwners } from './access-rules.js';
import { PRESET_ROLES, type RoleSource } from './role-source.js';

/** Who is in a team. */
export interface TeamDirectory {
  membersOf(teamId: string): Promise<readonly string[]>;
}

/**
 * The one answer to "may this actor do this, see this customer, and how much of it" (SPEC §7), for
 * routes, commands, reads, audit and the feed. What a role may is its definition (RoleSource).
 */
export class AccessPolicy {
  private rolesLoaded = false;

  constructor(
    private readonly teams: TeamDirectory,
    private readonly roles: RoleSource = PRESET_ROLES,
  ) {}

  /**
   * The route check: reads the role afresh, so a changed role counts on the next request. A request
   * that arrived `receivedMsAgo` ms ago is served by any refresh begun since (concurrent requests share one).
   */
  async mayDo(actor: Actor, permission: Permission, receivedMsAgo?: number): Promise<boolean> {
    await this.refreshRoles(receivedMsAgo);
    return this.roles.definitionOf(actor.role).permissions.includes(permission);
  }

  /** Whether the actor's role hides a field (analytics built on it answer 403). */
  async hidesField(actor: Actor, field: HideableField): Promise<boolean> {
    return (await this.roleOf(actor)).fields.hidden.includes(field);
  }

  /** A customer the actor may not see answers 404, never 403, so customer ids cannot be probed. */
  async assertCanSee<C extends { ownerId: string }>(actor: Actor, customer: C | undefined): Promise<C> {
    if (!customer || !(await this.canSee(actor, customer))) throw new DomainError('not-found', 'Customer not found');
    return customer;
  }

  async canSee(actor: Actor, customer: { ownerId: string }): Promise<boolean> {
    return reachesOwner(await this.visibleOwners(actor), customer.ownerId);
  }

  async visibleOwners(actor: Actor): Promise<VisibleOwners> {
    const { records } = await this.roleOf(actor);
    if (records !== 'team') return visibleOwners(actor, records, []);
    const team = actor.teamId === undefined ? [] : await this.teams.membersOf(actor.teamId);
    return visibleOwners(actor, records, team);
  }

  /** The owner filter of a list or a ranking, narrowed by an `ownerId` the caller asked for. */
  async ownerFilter(actor: Actor, requestedOwner?: string): Promise<VisibleOwners> {
    return narrowOwners(await this.visibleOwners(actor), requestedOwner);
  }

  /**
   * SPEC §7: a customer is given to (registered for, or moved to) an owner within the giver's reach:
   * a manager's team, a sales rep only themself.
   */
  async assertMayGiveTo(actor: Actor, ownerId: string): Promise<void> {
    if (ownerId === actor.userId) return;
    const { records } = await this.roleOf(actor);
    if (records === 'own') throw new DomainError('forbidden', 'Sales reps register customers for themselves');
    if (!reachesOwner(await this.visibleOwners(actor), ownerId)) throw new DomainError('forbidden', 'The new owner is outside your team', 'ownerId');
  }

  /**
   * SPEC §7: a service agent completes only reminders assigned to it. Completing someone else's
   * reminder is work on their customer, so it takes the right to change customers.
   */
  async assertMayComplete(actor: Actor, reminder: { assigneeId: string }): Promise<void> {
    if (reminder.assigneeId === actor.userId || (await this.mayDo(actor, 'customers.update'))) return;
    throw new DomainError('forbidden', 'You may complete only reminders assigned to you');
  }

  /** Brings the role definitions up to date (routes do it per request; background work, such as webhook delivery, before its views). */
  async refreshRoles(receivedMsAgo?: number): Promise<void> {
    await this.roles.refresh(receivedMsAgo);
    this.rolesLoaded = true;
  }

  /** Of a given customer, or — without one — of customers in general (event feeds, history entries), as of the last role refresh. */
  personalData(actor: Actor, customer?: { ownerId: string }): PersonalDataView {
    return personalDataView(actor, this.roles.definitionOf(actor.role).fields, customer?.ownerId);
  }

  /**
   * The actor's role as of the request's route check (which refreshed it); a caller without one (the
   * CLI, sagas) loads the definitions once. Refreshing on every check would read the store several
   * times per request.
   */
  private async roleOf(actor: Actor): Promise<RoleDefinition> {
    if (!this.rolesLoaded) await this.refreshRoles();
    return this.roles.definitionOf(actor.role);
  }
}
