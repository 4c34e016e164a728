import { useState } from 'preact/hooks';
import { useApi, useQuery } from '../../../shell/api.js';
import { useFormat, useT } from '../../../shell/i18n.js';
import type { PageProps } from '../../../shell/page.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView, QueryStatus } from '../../../shell/problem-view.js';
import { href } from '../../../shell/router.js';
import { ConfirmAction } from '../common/confirm-action.js';
import { useCommand } from '../common/use-command.js';
import { CreateWebhookForm } from './create-webhook-form.js';
import { webhooksMessages } from './messages.js';

/** GET /v1/webhooks (an integrator sees its own), register, rotate the secret, delete; each links to its delivery log. */
export function WebhooksPage(_props: PageProps) {
  const t = useT(webhooksMessages);
  const format = useFormat();
  const api = useApi();
  const command = useCommand();
  const list = useQuery(async (api) => unwrap(await api.GET('/v1/webhooks')), []);
  const [notice, setNotice] = useState<string | undefined>();
  return (
    <section>
      <h1>{t('title')}</h1>
      {notice && !command.problem && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {command.problem && <ProblemView problem={command.problem} />}
      <QueryStatus query={list} />
      {list.data && (
        <div class="table-wrap">
          <table data-testid="webhook-list">
            <thead>
              <tr>
                <th>{t('url')}</th>
                <th>{t('eventTypes')}</th>
                <th>{t('state')}</th>
                <th>{t('createdAt')}</th>
                <th>{t('rotatedAt')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((hook) => {
                const path = { params: { path: { id: hook.id } } };
                return (
                  <tr key={hook.id} data-webhook={hook.id}>
                    <td>
                      <a href={href(`/admin/webhooks/${hook.id}`)}>{hook.url}</a>
                    </td>
                    <td>
                      {hook.eventTypes.map((type) => (
                        <span key={type} class="badge">
                          {type}
                        </span>
                      ))}
                    </td>
                    <td>
                      <span class={`badge ${hook.active ? 'ok' : 'warn'}`}>{hook.active ? t('active') : t('inactive')}</span>
                    </td>
                    <td>{format.dateTime(hook.createdAt)}</td>
                    <td>{format.dateTime(hook.secretRotatedAt)}</td>
                    <td>
                      <div class="actions">
                        <ConfirmAction
                          label={t('rotate')}
                          question={t('rotateQuestion', { url: hook.url })}
                          busy={command.busy}
                          onConfirm={async () => {
                            const answer = await command.run(async () => unwrap(await api.POST('/v1/webhooks/{id}/rotate-secret', path)));
                            if (!answer) return;
                            setNotice(t('secretOnce', { url: hook.url, secret: answer.secret }));
                            list.reload();
                          }}
                        />
                        <ConfirmAction
                          label={t('remove')}
                          question={t('removeQuestion', { url: hook.url })}
                          busy={command.busy}
                          onConfirm={async () => {
                            const done = await command.run(async () => unwrap(await api.DELETE('/v1/webhooks/{id}', path)) ?? true);
                            if (!done) return;
                            setNotice(t('removed'));
                            list.reload();
                          }}
                        />
                        <a href={href(`/admin/webhooks/${hook.id}`)}>{t('deliveries')}</a>
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
      <CreateWebhookForm
        onCreated={(secret) => {
          setNotice(secret);
          list.reload();
        }}
      />
    </section>
  );
}
