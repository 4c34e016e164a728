import { useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useApi, useQuery } from '../../../shell/api.js';
import { useFormat, useT, type Translate } from '../../../shell/i18n.js';
import type { PageProps } from '../../../shell/page.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView, QueryStatus } from '../../../shell/problem-view.js';
import { ConfirmAction } from '../common/confirm-action.js';
import { useCommand } from '../common/use-command.js';
import { reportDeliveryMessages } from './messages.js';
import { ReportInbox } from './report-inbox.js';
import { SubscriptionForm } from './subscription-form.js';

type Schedule = ApiSchemas['DeliveryScheduleDto'];

const scheduleText = (t: Translate<keyof typeof reportDeliveryMessages.en>, schedule: Schedule) =>
  schedule.kind === 'weekly'
    ? t('everyWeek', { weekday: schedule.weekday ?? '', hour: schedule.hour })
    : t('everyMonth', { day: schedule.day ?? '', hour: schedule.hour });

/** GET /v1/report-subscriptions (create, run now, delete) and the caller's report inbox. */
export function ReportDeliveryPage(_props: PageProps) {
  const t = useT(reportDeliveryMessages);
  const format = useFormat();
  const api = useApi();
  const command = useCommand();
  const list = useQuery(async (api) => unwrap(await api.GET('/v1/report-subscriptions')), []);
  const users = useQuery(async (api) => unwrap(await api.GET('/v1/users')), []);
  const [notice, setNotice] = useState<string | undefined>();
  const [inboxRound, setInboxRound] = useState(0);
  const nameOf = (id: string) => users.data?.items.find((user) => user.userId === id)?.username ?? id;
  return (
    <section>
      <h1>{t('title')}</h1>
      {notice && !command.problem && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {command.problem && <ProblemView problem={command.problem} />}
      <h2>{t('subscriptions')}</h2>
      <QueryStatus query={list} />
      {list.data && (
        <div class="table-wrap">
          <table data-testid="subscription-list">
            <thead>
              <tr>
                <th>{t('name')}</th>
                <th>{t('report')}</th>
                <th>{t('format')}</th>
                <th>{t('recipients')}</th>
                <th>{t('schedule')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((subscription) => {
                const path = { params: { path: { id: subscription.id } } };
                return (
                  <tr key={subscription.id} data-subscription={subscription.name}>
                    <td>
                      {subscription.name}
                      <p class="muted">{format.dateTime(subscription.createdAt)}</p>
                    </td>
                    <td>{subscription.report}</td>
                    <td>{subscription.format.toUpperCase()}</td>
                    <td>{subscription.recipients.map(nameOf).join(', ')}</td>
                    <td>{scheduleText(t, subscription.schedule)}</td>
                    <td>
                      <div class="actions">
                        <button
                          type="button"
                          disabled={command.busy}
                          onClick={async () => {
                            const outcome = await command.run(async () => unwrap(await api.POST('/v1/report-subscriptions/{id}/run', path)));
                            if (!outcome) return;
                            setNotice(t('ran', { period: outcome.period, status: outcome.status, count: outcome.deliveries.length }));
                            setInboxRound((round) => round + 1);
                          }}
                        >
                          {t('run')}
                        </button>
                        <ConfirmAction
                          label={t('remove')}
                          question={t('removeQuestion', { name: subscription.name })}
                          busy={command.busy}
                          onConfirm={async () => {
                            const done = await command.run(async () => unwrap(await api.DELETE('/v1/report-subscriptions/{id}', path)));
                            if (!done) return;
                            setNotice(t('removed'));
                            list.reload();
                          }}
                        />
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {list.data.items.length === 0 && <p class="empty">{t('none')}</p>}
        </div>
      )}
      <h2>{t('create')}</h2>
      {!users.loading && (
        <SubscriptionForm
          users={users.data?.items}
          onCreated={() => {
            setNotice(t('subscribed'));
            list.reload();
          }}
        />
      )}
      <h2>{t('inbox')}</h2>
      <ReportInbox round={inboxRound} />
    </section>
  );
}
