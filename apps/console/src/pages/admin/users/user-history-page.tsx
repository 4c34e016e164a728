import { useQuery } from '../../../shell/api.js';
import { useFormat, useT } from '../../../shell/i18n.js';
import type { PageProps } from '../../../shell/page.js';
import { unwrap } from '../../../shell/problem.js';
import { QueryStatus } from '../../../shell/problem-view.js';
import { href } from '../../../shell/router.js';
import { usersMessages } from './messages.js';

/** GET /v1/users/:id/history: who created the user, granted which role, reset or disabled it. */
export function UserHistoryPage({ params }: PageProps) {
  const t = useT(usersMessages);
  const format = useFormat();
  const id = params.id ?? '';
  const history = useQuery(async (api) => unwrap(await api.GET('/v1/users/{id}/history', { params: { path: { id } } })), [id]);
  return (
    <section>
      <a href={href('/admin/users')}>{t('back')}</a>
      <h1>{t('historyTitle', { id })}</h1>
      <QueryStatus query={history} />
      {history.data && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('event')}</th>
                <th>{t('occurredAt')}</th>
                <th>{t('actor')}</th>
                <th>{t('data')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.items.map((event) => (
                <tr key={event.id}>
                  <td>{event.type}</td>
                  <td>{format.dateTime(event.metadata.occurredAt)}</td>
                  <td>
                    {event.metadata.actorId} ({event.metadata.actorRole})
                  </td>
                  <td>
                    <code class="json">{JSON.stringify(event.data)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {history.data.items.length === 0 && <p class="empty">{t('noHistory')}</p>}
        </div>
      )}
    </section>
  );
}
