import { useState } from 'preact/hooks';
import { useApi, useQuery } from '../../../shell/api.js';
import { useFormat, useT } from '../../../shell/i18n.js';
import type { PageProps } from '../../../shell/page.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView, QueryStatus } from '../../../shell/problem-view.js';
import { href } from '../../../shell/router.js';
import { ConfirmAction } from '../common/confirm-action.js';
import { useCommand } from '../common/use-command.js';
import { sagasMessages } from './messages.js';

/** GET /v1/admin/sagas and /v1/admin/sagas/parked; a retry (POST …/parked/:id/retry) says whether it applied. */
export function SagasPage(_props: PageProps) {
  const t = useT(sagasMessages);
  const format = useFormat();
  const api = useApi();
  const command = useCommand();
  const status = useQuery(async (api) => unwrap(await api.GET('/v1/admin/sagas')), []);
  const parked = useQuery(async (api) => unwrap(await api.GET('/v1/admin/sagas/parked')), []);
  const [outcome, setOutcome] = useState<string | undefined>();
  return (
    <section>
      <h1>{t('title')}</h1>
      {status.problem && <ProblemView problem={status.problem} onRetry={status.reload} />}
      {status.data && (
        <p class="muted">
          {t('status', { position: format.number(status.data.position) })} {status.data.hosted ? t('hosted') : t('notHosted')}
        </p>
      )}
      <h2>{t('parked')}</h2>
      {command.problem && <ProblemView problem={command.problem} />}
      {outcome && !command.problem && (
        <p class="notice" role="status">
          {outcome}
        </p>
      )}
      <QueryStatus query={parked} />
      {parked.data && (
        <div class="table-wrap">
          <table data-testid="parked-list">
            <thead>
              <tr>
                <th>{t('rule')}</th>
                <th>{t('customer')}</th>
                <th>{t('error')}</th>
                <th>{t('attempts')}</th>
                <th>{t('parkedAt')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {parked.data.items.map((reaction) => (
                <tr key={reaction.id} data-parked={reaction.id}>
                  <td>
                    <code>{reaction.ruleId}</code>
                  </td>
                  <td>
                    <a href={href(`/customers/${reaction.customerId}`)}>{reaction.customerId}</a>
                  </td>
                  <td>{reaction.error}</td>
                  <td>{reaction.attempts}</td>
                  <td>{format.dateTime(reaction.parkedAt)}</td>
                  <td>
                    <ConfirmAction
                      label={t('retry')}
                      question={t('retryQuestion', { rule: reaction.ruleId })}
                      busy={command.busy}
                      onConfirm={async () => {
                        const answer = await command.run(async () =>
                          unwrap(await api.POST('/v1/admin/sagas/parked/{id}/retry', { params: { path: { id: reaction.id } } })),
                        );
                        if (!answer) return;
                        setOutcome(answer.status === 'applied' ? t('applied', { appended: answer.appended }) : t('parkedAgain', { error: answer.error ?? '' }));
                        parked.reload();
                        status.reload();
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {parked.data.items.length === 0 && <p class="empty">{t('none')}</p>}
        </div>
      )}
    </section>
  );
}
