import { DEFAULT_ROLE_DEFINITIONS, HIDEABLE_FIELD_IDS, type RoleDefinition } from '#domain';

/** Where the access policy finds a role's definition. */
export interface RoleSource {
  /**
   * Brings the definitions up to date with the store (a changed role counts from the next request on);
   * a request `receivedMsAgo` old may be served by a refresh begun since it arrived.
   */
  refresh(receivedMsAgo?: number): Promise<void>;
  /** The definition as of the last refresh; an unknown role may do nothing and reaches no one. */
  definitionOf(roleId: string): RoleDefinition;
}

export const unknownRole = (id: string): RoleDefinition => ({
  id,
  name: id,
  permissions: [],
  records: 'none',
  fields: { contactInClear: 'own', sensitive: false, hidden: [...HIDEABLE_FIELD_IDS] },
  preset: false,
});

const PRESETS = new Map(DEFAULT_ROLE_DEFINITIONS.map((role) => [role.id, role]));

/** The seven default roles alone (unit tests, tools without a store). */
export const PRESET_ROLES: RoleSource = {
  refresh: async () => undefined,
  definitionOf: (roleId) => PRESETS.get(roleId) ?? unknownRole(roleId),
};
