import { useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useApi } from '../../../shell/api.js';
import { useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView } from '../../../shell/problem-view.js';
import { href } from '../../../shell/router.js';
import { ConfirmAction } from '../common/confirm-action.js';
import { useCommand } from '../common/use-command.js';
import { usersMessages } from './messages.js';
import { RoleChoice } from './role-choice.js';

type User = ApiSchemas['UserViewDto'];

interface UserRowProps {
  user: User;
  roles: readonly ApiSchemas['RoleDefinitionDto'][] | undefined;
  onChanged(): void;
}

/** One user with its commands: reset password (PUT its one-time password on screen), disable/enable, change role. */
export function UserRow({ user, roles, onChanged }: UserRowProps) {
  const t = useT(usersMessages);
  const api = useApi();
  const command = useCommand();
  const [role, setRole] = useState(user.role);
  const [notice, setNotice] = useState<string | undefined>();
  const path = { params: { path: { id: user.userId } } };

  const update = async (body: ApiSchemas['UpdateUserDto'], said: string) => {
    const answer = await command.run(async () => unwrap(await api.PATCH('/v1/users/{id}', { ...path, body })));
    if (answer) {
      setNotice(said);
      onChanged();
    }
  };

  return (
    <tr data-user={user.username}>
      <td>{user.username}</td>
      <td>{user.role}</td>
      <td>{user.teamId ?? '—'}</td>
      <td>{user.email ?? '—'}</td>
      <td>
        <span class={`badge ${user.disabled ? 'bad' : 'ok'}`}>{user.disabled ? t('disabled') : t('active')}</span>
        {user.mustChangePassword && <span class="badge warn">{t('mustChangeBadge')}</span>}
      </td>
      <td>
        <div class="actions">
          <ConfirmAction
            label={t('reset')}
            question={t('resetQuestion', { username: user.username })}
            busy={command.busy}
            onConfirm={async () => {
              const answer = await command.run(async () => unwrap(await api.POST('/v1/users/{id}/reset-password', path)));
              if (answer) {
                setNotice(t('oneTime', { username: user.username, password: answer.password }));
                onChanged();
              }
            }}
          />
          <ConfirmAction
            label={user.disabled ? t('enable') : t('disable')}
            question={t(user.disabled ? 'enableQuestion' : 'disableQuestion', { username: user.username })}
            busy={command.busy}
            onConfirm={() => update({ disabled: !user.disabled }, t(user.disabled ? 'active' : 'disabled'))}
          />
          <form
            class="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void update({ role }, t('roleChanged', { username: user.username, role }));
            }}
          >
            <RoleChoice label={t('role')} value={role} roles={roles} onChange={setRole} />
            <button type="submit" disabled={command.busy || role === user.role}>
              {t('changeRole')}
            </button>
          </form>
          <a href={href(`/admin/users/${user.userId}`)}>{t('history')}</a>
          {command.problem && <ProblemView problem={command.problem} />}
          {notice && !command.problem && (
            <p class="notice" role="status">
              {notice}
            </p>
          )}
        </div>
      </td>
    </tr>
  );
}
