import type { ApiSchemas } from '#api-client';

type Role = ApiSchemas['RoleDefinitionDto'];

interface RoleChoiceProps {
  label: string;
  value: string;
  /** The API's roles, or undefined when it would not list them (then the id is typed). */
  roles: readonly Role[] | undefined;
  onChange(role: string): void;
}

/** A role picked from GET /v1/roles, or typed when the API does not list them for this user. */
export function RoleChoice({ label, value, roles, onChange }: RoleChoiceProps) {
  if (!roles) return <input aria-label={label} required value={value} onInput={(e) => onChange(e.currentTarget.value)} />;
  return (
    <select aria-label={label} required value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {roles.map((role) => (
        <option key={role.id} value={role.id}>
          {role.id === role.name ? role.id : `${role.name} (${role.id})`}
        </option>
      ))}
    </select>
  );
}
