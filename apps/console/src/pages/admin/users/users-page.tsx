import { useQuery } from '../../../shell/api.js';
import { useT } from '../../../shell/i18n.js';
import type { PageProps } from '../../../shell/page.js';
import { unwrap } from '../../../shell/problem.js';
import { QueryStatus } from '../../../shell/problem-view.js';
import { CreateUserForm } from './create-user-form.js';
import { usersMessages } from './messages.js';
import { UserRow } from './user-row.js';

/** GET /v1/users with create, reset password, disable/enable and role change; roles from GET /v1/roles when granted. */
export function UsersPage(_props: PageProps) {
  const t = useT(usersMessages);
  const users = useQuery(async (api) => unwrap(await api.GET('/v1/users')), []);
  const roles = useQuery(async (api) => unwrap(await api.GET('/v1/roles')), []);
  const roleList = roles.data?.items;
  return (
    <section>
      <h1>{t('title')}</h1>
      <h2>{t('create')}</h2>
      {!roles.loading && <CreateUserForm roles={roleList} onCreated={users.reload} />}
      <QueryStatus query={users} />
      {users.data && (
        <div class="table-wrap">
          <table data-testid="user-list">
            <thead>
              <tr>
                <th>{t('username')}</th>
                <th>{t('role')}</th>
                <th>{t('team')}</th>
                <th>{t('email')}</th>
                <th>{t('state')}</th>
                <th>{t('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((user) => (
                <UserRow key={`${user.userId}:${user.role}`} user={user} roles={roleList} onChanged={users.reload} />
              ))}
            </tbody>
          </table>
          {users.data.items.length === 0 && <p class="empty">{t('none')}</p>}
        </div>
      )}
    </section>
  );
}
