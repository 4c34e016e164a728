import { useState } from 'preact/hooks';
import { useApi, useQuery } from '../../../shell/api.js';
import { useFormat, useT } from '../../../shell/i18n.js';
import type { PageProps } from '../../../shell/page.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView, QueryStatus } from '../../../shell/problem-view.js';
import { href } from '../../../shell/router.js';
import { ConfirmAction } from '../common/confirm-action.js';
import { useCommand } from '../common/use-command.js';
import { webhooksMessages } from './messages.js';

const STATUS_BADGE = { pending: 'warn', delivered: 'ok', failed: 'bad', cancelled: '' } as const;

/** GET /v1/webhooks/:id/deliveries (newest first) with redeliver, and a replay of the feed after a position. */
export function DeliveriesPage({ params }: PageProps) {
  const t = useT(webhooksMessages);
  const format = useFormat();
  const api = useApi();
  const command = useCommand();
  const id = params.id ?? '';
  const path = { params: { path: { id } } };
  const hook = useQuery(async (api) => unwrap(await api.GET('/v1/webhooks/{id}', { params: { path: { id } } })), [id]);
  const deliveries = useQuery(async (api) => unwrap(await api.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id } } })), [id]);
  const [from, setFrom] = useState('0');
  const [notice, setNotice] = useState<string | undefined>();
  return (
    <section>
      <a href={href('/admin/webhooks')}>{t('back')}</a>
      <h1>{t('deliveriesTitle', { url: hook.data?.url ?? id })}</h1>
      {hook.problem && <ProblemView problem={hook.problem} />}
      <form
        class="toolbar"
        aria-label={t('replayTitle')}
        onSubmit={async (event) => {
          event.preventDefault();
          const answer = await command.run(async () => unwrap(await api.POST('/v1/webhooks/{id}/replay', { ...path, body: { from: Number(from) } })));
          if (!answer) return;
          setNotice(t('replayed', { from: answer.from, upTo: answer.upTo }));
          deliveries.reload();
        }}
      >
        <label>
          {t('replayFrom')}
          <input type="number" min={0} required value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={command.busy}>
          {t('replay')}
        </button>
      </form>
      {command.problem && <ProblemView problem={command.problem} />}
      {notice && !command.problem && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <QueryStatus query={deliveries} />
      {deliveries.data && (
        <div class="table-wrap">
          <table data-testid="delivery-list">
            <thead>
              <tr>
                <th>{t('event')}</th>
                <th>{t('position')}</th>
                <th>{t('status')}</th>
                <th>{t('attempts')}</th>
                <th>{t('lastAnswer')}</th>
                <th>{t('nextRetry')}</th>
                <th>{t('deliveredAt')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {deliveries.data.items.map((delivery) => (
                <tr key={delivery.id} data-delivery={delivery.id}>
                  <td>{delivery.type}</td>
                  <td>{delivery.position}</td>
                  <td>
                    <span class={`badge ${STATUS_BADGE[delivery.status]}`}>{delivery.status}</span>
                  </td>
                  <td>{delivery.attempts}</td>
                  <td>
                    {delivery.lastStatusCode ?? '—'}
                    {delivery.lastError && <p class="bad">{delivery.lastError}</p>}
                  </td>
                  <td>{format.dateTime(delivery.nextRetryAt)}</td>
                  <td>{format.dateTime(delivery.deliveredAt)}</td>
                  <td>
                    <ConfirmAction
                      label={t('redeliver')}
                      question={t('redeliverQuestion', { position: delivery.position })}
                      busy={command.busy}
                      onConfirm={async () => {
                        const answer = await command.run(async () =>
                          unwrap(await api.POST('/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id, deliveryId: delivery.id } } })),
                        );
                        if (!answer) return;
                        setNotice(t('redelivered', { position: answer.eventPosition }));
                        deliveries.reload();
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {deliveries.data.items.length === 0 && <p class="empty">{t('noDeliveries')}</p>}
        </div>
      )}
    </section>
  );
}
