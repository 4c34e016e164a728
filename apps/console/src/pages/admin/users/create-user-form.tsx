import { useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useApi } from '../../../shell/api.js';
import { useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView } from '../../../shell/problem-view.js';
import { useCommand } from '../common/use-command.js';
import { usersMessages } from './messages.js';
import { RoleChoice } from './role-choice.js';

const EMPTY = { username: '', password: '', role: 'sales', teamId: '', email: '', mustChangePassword: true };

/** POST /v1/users. */
export function CreateUserForm({ roles, onCreated }: { roles: readonly ApiSchemas['RoleDefinitionDto'][] | undefined; onCreated(): void }) {
  const t = useT(usersMessages);
  const api = useApi();
  const command = useCommand();
  const [draft, setDraft] = useState(EMPTY);
  const [created, setCreated] = useState<string | undefined>();
  return (
    <>
      <form
        class="toolbar"
        aria-label={t('create')}
        onSubmit={async (event) => {
          event.preventDefault();
          const body = {
            username: draft.username.trim(),
            password: draft.password,
            role: draft.role,
            mustChangePassword: draft.mustChangePassword,
            ...(draft.teamId.trim() ? { teamId: draft.teamId.trim() } : {}),
            ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
          };
          const answer = await command.run(async () => unwrap(await api.POST('/v1/users', { body })));
          if (answer) {
            setCreated(body.username);
            setDraft(EMPTY);
            onCreated();
          }
        }}
      >
        <label>
          {t('username')}
          <input required value={draft.username} onInput={(e) => setDraft({ ...draft, username: e.currentTarget.value })} />
        </label>
        <label>
          {t('password')}
          <input
            required
            type="password"
            autocomplete="new-password"
            value={draft.password}
            onInput={(e) => setDraft({ ...draft, password: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('role')}
          <RoleChoice label={t('role')} value={draft.role} roles={roles} onChange={(role) => setDraft({ ...draft, role })} />
        </label>
        <label>
          {t('team')}
          <input value={draft.teamId} onInput={(e) => setDraft({ ...draft, teamId: e.currentTarget.value })} />
        </label>
        <label>
          {t('email')}
          <input type="email" value={draft.email} onInput={(e) => setDraft({ ...draft, email: e.currentTarget.value })} />
        </label>
        <label class="inline">
          <input type="checkbox" checked={draft.mustChangePassword} onChange={(e) => setDraft({ ...draft, mustChangePassword: e.currentTarget.checked })} />
          {t('mustChange')}
        </label>
        <button type="submit" class="primary" disabled={command.busy}>
          {t('add')}
        </button>
      </form>
      {command.problem && <ProblemView problem={command.problem} />}
      {created && !command.problem && (
        <p class="notice" role="status">
          {t('created', { username: created })}
        </p>
      )}
    </>
  );
}
