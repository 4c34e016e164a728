import { useQuery } from '../../shell/api.js';
import { useFormat, useLabels, useT } from '../../shell/i18n.js';
import { unwrap } from '../../shell/problem.js';
import { Loading, ProblemView } from '../../shell/problem-view.js';
import { customersMessages } from './messages.js';

/** GET /v1/customers/:id/lifecycle: the stage now and every stage entered. */
export function LifecycleCard({ id }: { id: string }) {
  const t = useT(customersMessages);
  const labels = useLabels();
  const format = useFormat();
  const lifecycle = useQuery(async (api) => unwrap(await api.GET('/v1/customers/{id}/lifecycle', { params: { path: { id } } })), [id]);
  return (
    <article class="card">
      <h2>{t('lifecycle')}</h2>
      {lifecycle.problem && <ProblemView problem={lifecycle.problem} />}
      {lifecycle.loading && !lifecycle.data && <Loading />}
      {lifecycle.data && (
        <>
          <p data-testid="lifecycle-stage">
            {lifecycle.data.stage ? <span class="badge">{labels.value('lifecycleStage', lifecycle.data.stage)}</span> : '—'}{' '}
            {lifecycle.data.since && format.dateTime(lifecycle.data.since)}
          </p>
          <ol>
            {lifecycle.data.history.map((entry) => (
              <li key={`${entry.stage}-${entry.enteredAt}`}>
                {labels.value('lifecycleStage', entry.stage)} · {format.dateTime(entry.enteredAt)}
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
