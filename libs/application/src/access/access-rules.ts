import type { Actor, FieldVisibility, HideableField, RecordScope } from '#domain';

/** The owners whose customers an actor may see; undefined = everyone's. */
export type VisibleOwners = string[] | undefined;

/** How much of a customer's personal data an actor sees. */
export interface PersonalDataView {
  contact: 'clear' | 'masked';
  sensitive: boolean;
  /** Fields the role hides altogether; absent when it hides none. */
  hidden?: readonly HideableField[];
}

/** `teamMembers`: the user ids of the actor's team (read only for the 'team' scope). */
export function visibleOwners(actor: Actor, scope: RecordScope, teamMembers: readonly string[]): VisibleOwners {
  switch (scope) {
    case 'all':
      return undefined;
    case 'team':
      return [...new Set([actor.userId, ...teamMembers])];
    case 'own':
      return [actor.userId];
    case 'none':
      return [];
  }
}

export function reachesOwner(visible: VisibleOwners, ownerId: string): boolean {
  return visible === undefined || visible.includes(ownerId);
}

/** A list's owner filter: the visible owners, narrowed to the one the caller asked for (nothing if it is out of reach). */
export function narrowOwners(visible: VisibleOwners, requested?: string): VisibleOwners {
  if (requested === undefined) return visible;
  return reachesOwner(visible, requested) ? [requested] : [];
}

/**
 * SPEC §7: contact data in clear for the roles granted it and for the customer's owner; without an
 * owner at hand (event feeds, history entries) only the role's grant counts.
 */
export function personalDataView(actor: Actor, fields: FieldVisibility, ownerId?: string): PersonalDataView {
  const clear = fields.contactInClear === 'all' || (ownerId !== undefined && ownerId === actor.userId);
  return { contact: clear ? 'clear' : 'masked', sensitive: fields.sensitive, ...(fields.hidden.length > 0 ? { hidden: fields.hidden } : {}) };
}

export const hides = (view: PersonalDataView, field: HideableField): boolean => view.hidden?.includes(field) ?? false;
