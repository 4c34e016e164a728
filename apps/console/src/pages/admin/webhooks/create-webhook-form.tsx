import { useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useApi } from '../../../shell/api.js';
import { useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView } from '../../../shell/problem-view.js';
import { useCommand } from '../common/use-command.js';
import { webhooksMessages } from './messages.js';

type EventType = ApiSchemas['CreateWebhookDto']['eventTypes'][number];

// The event types the contract accepts (CreateWebhookDto), in the order of SPEC §4.
const EVENT_TYPES: readonly EventType[] = [
  'CustomerRegistered',
  'CustomerProfileUpdated',
  'CustomerStatusChanged',
  'FollowUpRecorded',
  'ComplaintResolved',
  'OrderRecorded',
  'CustomerTagged',
  'CustomerUntagged',
  'CustomerOwnerChanged',
  'ReminderScheduled',
  'ReminderCompleted',
  'ReminderCancelled',
  'CustomerPersonalDataErased',
  'CustomerMergedInto',
  'CustomerAbsorbed',
  'CustomerUnmerged',
  'CustomerAbsorptionReverted',
  'CustomerArchived',
  'CustomerRestored',
];

/** POST /v1/webhooks; the answer's signing secret is shown once. */
export function CreateWebhookForm({ onCreated }: { onCreated(secretNotice: string): void }) {
  const t = useT(webhooksMessages);
  const api = useApi();
  const command = useCommand();
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<EventType[]>(['CustomerStatusChanged']);
  return (
    <>
      <form
        class="stack webhook-form"
        aria-label={t('create')}
        onSubmit={async (event) => {
          event.preventDefault();
          const answer = await command.run(async () => unwrap(await api.POST('/v1/webhooks', { body: { url: url.trim(), eventTypes: types } })));
          if (answer) {
            setUrl('');
            onCreated(t('secretOnce', { url: answer.url, secret: answer.secret }));
          }
        }}
      >
        <label>
          {t('url')}
          <input required type="url" placeholder="https://" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <fieldset class="checks">
          <legend>{t('eventTypes')}</legend>
          {EVENT_TYPES.map((type) => (
            <label key={type} class="inline">
              <input
                type="checkbox"
                checked={types.includes(type)}
                onChange={(e) => setTypes(e.currentTarget.checked ? [...types, type] : types.filter((x) => x !== type))}
              />
              {type}
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit" class="primary" disabled={command.busy}>
            {t('register')}
          </button>
        </div>
      </form>
      {command.problem && <ProblemView problem={command.problem} />}
    </>
  );
}
