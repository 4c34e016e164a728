import { useFormat, useLabels, useT } from '../../shell/i18n.js';
import type { HistoryItem } from './load-history.js';
import { timelineMessages } from './messages.js';

const STATUSES = new Set(['prospect', 'qualified', 'won', 'churned']);

/** What an event changed, in a few words: a status move with its labels, a tag, else nothing (the data is one click away). */
function useSummary(): (item: HistoryItem) => string {
  const labels = useLabels();
  return (item) => {
    const { from, to, tag } = item.data as { from?: unknown; to?: unknown; tag?: unknown };
    if (typeof to === 'string' && STATUSES.has(to)) {
      return `${typeof from === 'string' && STATUSES.has(from) ? labels.value('status', from) : '—'} → ${labels.value('status', to)}`;
    }
    return typeof tag === 'string' ? tag : '';
  };
}

/** Every event with its actor, business and record time, reason and rule; the one the time travel shows is marked. */
export function EventList({ items, current, onPick }: { items: HistoryItem[]; current: number | undefined; onPick(revision: number): void }) {
  const t = useT(timelineMessages);
  const format = useFormat();
  const summary = useSummary();
  return (
    <div class="table-wrap">
      <table class="events" data-testid="history">
        <thead>
          <tr>
            <th>{t('revision')}</th>
            <th>{t('event')}</th>
            <th>{t('actor')}</th>
            <th>{t('occurredAt')}</th>
            <th>{t('recordedAt')}</th>
            <th>{t('reason')}</th>
            <th>{t('rule')}</th>
            <th>{t('data')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const data = item.data as { reason?: unknown; ruleId?: unknown };
            const rule = typeof data.ruleId === 'string' ? data.ruleId : item.metadata.actorId.startsWith('system:') ? item.metadata.actorId : '';
            return (
              <tr key={item.id} class={item.revision === current ? 'current' : undefined} data-revision={item.revision}>
                <td>
                  <button type="button" class="link" onClick={() => onPick(item.revision)}>
                    {item.revision}
                  </button>
                </td>
                <td>
                  <strong>{item.type}</strong> {summary(item)}
                </td>
                <td>
                  <code>{item.metadata.actorId}</code> ({item.metadata.actorRole})
                </td>
                <td>{format.dateTime(item.metadata.occurredAt)}</td>
                <td>{format.dateTime(item.metadata.recordedAt)}</td>
                <td>{typeof data.reason === 'string' ? data.reason : ''}</td>
                <td>{rule}</td>
                <td>
                  <details>
                    <summary>JSON</summary>
                    <pre>{JSON.stringify(item.data, null, 2)}</pre>
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
