import { useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useApi } from '../../../shell/api.js';
import { useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView } from '../../../shell/problem-view.js';
import { useCommand } from '../common/use-command.js';
import { reportDeliveryMessages } from './messages.js';

type Subscription = ApiSchemas['ReportSubscriptionDto'];

const REPORTS: readonly Subscription['report'][] = ['funnel', 'industry-distribution', 'value-trend', 'churn-risk', 'tags'];
const FORMATS: readonly Subscription['format'][] = ['xlsx', 'pdf', 'csv'];

interface SubscriptionFormProps {
  /** The users to pick recipients from (GET /v1/users), or undefined when this role may not list them. */
  users: readonly ApiSchemas['UserViewDto'][] | undefined;
  onCreated(): void;
}

/** POST /v1/report-subscriptions: a report, its format, recipients and a weekly or monthly schedule. */
export function SubscriptionForm({ users, onCreated }: SubscriptionFormProps) {
  const t = useT(reportDeliveryMessages);
  const api = useApi();
  const command = useCommand();
  const [draft, setDraft] = useState({
    name: '',
    report: 'funnel' as Subscription['report'],
    format: 'xlsx' as Subscription['format'],
    kind: 'weekly',
    at: '1',
    hour: '8',
  });
  const [recipients, setRecipients] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  return (
    <>
      <form
        class="stack subscription-form"
        aria-label={t('create')}
        onSubmit={async (event) => {
          event.preventDefault();
          const schedule: Subscription['schedule'] =
            draft.kind === 'weekly'
              ? { kind: 'weekly', weekday: Number(draft.at), hour: Number(draft.hour) }
              : { kind: 'monthly', day: Number(draft.at), hour: Number(draft.hour) };
          const ids = users
            ? recipients
            : typed
                .split(',')
                .map((id) => id.trim())
                .filter(Boolean);
          const body: Subscription = { name: draft.name.trim(), report: draft.report, format: draft.format, recipients: ids, schedule };
          const answer = await command.run(async () => unwrap(await api.POST('/v1/report-subscriptions', { body })));
          if (answer) onCreated();
        }}
      >
        <div class="toolbar">
          <label>
            {t('name')}
            <input required maxLength={100} value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
          </label>
          <label>
            {t('report')}
            <select value={draft.report} onChange={(e) => setDraft({ ...draft, report: e.currentTarget.value as Subscription['report'] })}>
              {REPORTS.map((report) => (
                <option key={report} value={report}>
                  {report}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('format')}
            <select value={draft.format} onChange={(e) => setDraft({ ...draft, format: e.currentTarget.value as Subscription['format'] })}>
              {FORMATS.map((format) => (
                <option key={format} value={format}>
                  {format.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('schedule')}
            <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value })}>
              <option value="weekly">{t('weekly')}</option>
              <option value="monthly">{t('monthly')}</option>
            </select>
          </label>
          <label>
            {draft.kind === 'weekly' ? t('weekday') : t('day')}
            <input
              type="number"
              required
              min={1}
              max={draft.kind === 'weekly' ? 7 : 28}
              value={draft.at}
              onInput={(e) => setDraft({ ...draft, at: e.currentTarget.value })}
            />
          </label>
          <label>
            {t('hour')}
            <input type="number" required min={0} max={23} value={draft.hour} onInput={(e) => setDraft({ ...draft, hour: e.currentTarget.value })} />
          </label>
        </div>
        {users ? (
          <fieldset class="checks">
            <legend>{t('recipients')}</legend>
            {users.map((user) => (
              <label key={user.userId} class="inline">
                <input
                  type="checkbox"
                  checked={recipients.includes(user.userId)}
                  onChange={(e) => setRecipients(e.currentTarget.checked ? [...recipients, user.userId] : recipients.filter((id) => id !== user.userId))}
                />
                {user.username}
              </label>
            ))}
          </fieldset>
        ) : (
          <label>
            {t('recipientIds')}
            <input required value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
          </label>
        )}
        <div>
          <button type="submit" class="primary" disabled={command.busy}>
            {t('subscribe')}
          </button>
        </div>
      </form>
      {command.problem && <ProblemView problem={command.problem} />}
    </>
  );
}
