import { useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useApi } from '../../../shell/api.js';
import { useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView } from '../../../shell/problem-view.js';
import { useCommand } from '../common/use-command.js';
import { rolesMessages } from './messages.js';

/** POST /v1/roles: a custom role copied from a preset or another role, then changed in the editor. */
export function DefineRoleForm({ roles, onDefined }: { roles: readonly ApiSchemas['RoleDefinitionDto'][]; onDefined(id: string): void }) {
  const t = useT(rolesMessages);
  const api = useApi();
  const command = useCommand();
  const [draft, setDraft] = useState({ id: '', name: '', copyOf: roles[0]?.id ?? '' });
  return (
    <>
      <form
        class="toolbar"
        aria-label={t('newRole')}
        onSubmit={async (event) => {
          event.preventDefault();
          const body = { id: draft.id.trim(), copyOf: draft.copyOf, ...(draft.name.trim() ? { name: draft.name.trim() } : {}) };
          const answer = await command.run(async () => unwrap(await api.POST('/v1/roles', { body })));
          if (answer) onDefined(answer.id);
        }}
      >
        <label>
          {t('id')}
          <input required pattern="[a-z0-9-]+" value={draft.id} onInput={(e) => setDraft({ ...draft, id: e.currentTarget.value })} />
        </label>
        <label>
          {t('name')}
          <input value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
        </label>
        <label>
          {t('copyOf')}
          <select value={draft.copyOf} onChange={(e) => setDraft({ ...draft, copyOf: e.currentTarget.value })}>
            {roles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary" disabled={command.busy}>
          {t('define')}
        </button>
      </form>
      {command.problem && <ProblemView problem={command.problem} />}
    </>
  );
}
