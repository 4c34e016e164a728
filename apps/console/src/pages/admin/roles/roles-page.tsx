import { useQuery } from '../../../shell/api.js';
import { useT } from '../../../shell/i18n.js';
import type { PageProps } from '../../../shell/page.js';
import { unwrap } from '../../../shell/problem.js';
import { Loading, ProblemView } from '../../../shell/problem-view.js';
import { href, navigate } from '../../../shell/router.js';
import { DefineRoleForm } from './define-role-form.js';
import { rolesMessages } from './messages.js';
import { RoleEditor } from './role-editor.js';

/** GET /v1/roles and /v1/permissions; the role in `?role=` opens in the editor. */
export function RolesPage({ query }: PageProps) {
  const t = useT(rolesMessages);
  const selected = query.get('role') ?? undefined;
  const roles = useQuery(async (api) => unwrap(await api.GET('/v1/roles')), []);
  const catalog = useQuery(async (api) => unwrap(await api.GET('/v1/permissions')), []);
  const problem = roles.problem ?? catalog.problem;
  const role = roles.data?.items.find((r) => r.id === selected);
  return (
    <section>
      <h1>{t('title')}</h1>
      {problem && <ProblemView problem={problem} onRetry={roles.reload} />}
      {(roles.loading || catalog.loading) && !roles.data && <Loading />}
      {roles.data && catalog.data && (
        <div class="admin-split">
          <div class="role-list">
            <h2>{t('roles')}</h2>
            <ul>
              {roles.data.items.map((r) => (
                <li key={r.id}>
                  <a href={href('/admin/roles', { role: r.id })} aria-current={r.id === selected ? 'true' : undefined}>
                    {r.name}
                  </a>{' '}
                  {r.preset && <span class="badge">{t('preset')}</span>}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h2>{t('newRole')}</h2>
            <DefineRoleForm
              roles={roles.data.items}
              onDefined={(id) => {
                roles.reload();
                navigate('/admin/roles', { role: id });
              }}
            />
            {role ? <RoleEditor key={role.id} role={role} catalog={catalog.data} onSaved={roles.reload} /> : <p class="empty">{t('pick')}</p>}
          </div>
        </div>
      )}
    </section>
  );
}
