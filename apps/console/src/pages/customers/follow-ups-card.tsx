import { useQuery } from '../../shell/api.js';
import { useFormat, useLabels, useT } from '../../shell/i18n.js';
import { unwrap } from '../../shell/problem.js';
import { Loading, ProblemView } from '../../shell/problem-view.js';
import { customersMessages } from './messages.js';

/** GET /v1/customers/:id/follow-ups, newest first. */
export function FollowUpsCard({ id }: { id: string }) {
  const t = useT(customersMessages);
  const labels = useLabels();
  const format = useFormat();
  const followUps = useQuery(async (api) => unwrap(await api.GET('/v1/customers/{id}/follow-ups', { params: { path: { id } } })), [id]);
  if (followUps.problem) return <ProblemView problem={followUps.problem} />;
  if (!followUps.data) return <Loading />;
  if (followUps.data.items.length === 0) return <p class="empty">{t('noFollowUps')}</p>;
  return (
    <div class="table-wrap">
      <table data-testid="follow-ups">
        <thead>
          <tr>
            <th>{t('when')}</th>
            <th>{t('methodResult')}</th>
            <th>{t('content')}</th>
            <th>{t('nextFollowUp')}</th>
          </tr>
        </thead>
        <tbody>
          {followUps.data.items.map((followUp) => (
            <tr key={followUp.id}>
              <td>{format.dateTime(followUp.at)}</td>
              <td>
                {labels.value('followUpMethod', followUp.method)} · {labels.value('followUpResult', followUp.result)}
                {followUp.outcomes.map((outcome) => (
                  <span key={outcome} class="badge">
                    {outcome}
                  </span>
                ))}
              </td>
              <td>{followUp.content}</td>
              <td>{format.dateTime(followUp.nextFollowUpAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
