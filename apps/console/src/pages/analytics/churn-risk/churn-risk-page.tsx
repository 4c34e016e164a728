import { useState } from 'preact/hooks';
import { useQuery } from '../../../shell/api.js';
import { useFormat, useLabels, useT } from '../../../shell/i18n.js';
import type { PageProps } from '../../../shell/page.js';
import { unwrap } from '../../../shell/problem.js';
import { QueryStatus } from '../../../shell/problem-view.js';
import { href, navigate } from '../../../shell/router.js';
import { FileExports } from '../file-exports.js';
import { analyticsMessages } from '../messages.js';

type Level = 'high' | 'medium' | 'low';
const LEVELS: readonly Level[] = ['high', 'medium', 'low'];
const LIMITS = ['20', '50', '100'];

/** GET /v1/analytics/churn-risk: the customers the role sees, highest score first, each with its reasons. */
export function ChurnRiskPage({ query }: PageProps) {
  const t = useT(analyticsMessages);
  const labels = useLabels();
  const format = useFormat();
  const asked = { level: (query.get('level') ?? '') as Level | '', limit: query.get('limit') ?? '50', ownerId: query.get('ownerId') ?? '' };
  const [draft, setDraft] = useState(asked);
  const params = { limit: Number(asked.limit), ...(asked.level ? { level: asked.level } : {}), ...(asked.ownerId ? { ownerId: asked.ownerId } : {}) };
  const ranking = useQuery(
    async (api) => unwrap(await api.GET('/v1/analytics/churn-risk', { params: { query: params } })),
    [asked.level, asked.limit, asked.ownerId],
  );

  return (
    <section>
      <h1>{t('churnTitle')}</h1>
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          navigate('/churn-risk', draft);
        }}
      >
        <label>
          {t('level')}
          <select name="level" value={draft.level} onChange={(e) => setDraft({ ...draft, level: e.currentTarget.value as Level | '' })}>
            <option value="">{t('anyLevel')}</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {labels.value('churnRiskLevel', level)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('owner')}
          <input name="ownerId" value={draft.ownerId} onInput={(e) => setDraft({ ...draft, ownerId: e.currentTarget.value })} />
        </label>
        <label>
          {t('limit')}
          <select name="limit" value={draft.limit} onChange={(e) => setDraft({ ...draft, limit: e.currentTarget.value })}>
            {LIMITS.map((limit) => (
              <option key={limit} value={limit}>
                {limit}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary">
          {t('apply')}
        </button>
      </form>
      <QueryStatus query={ranking} />
      {ranking.data && (
        <>
          <div class="table-wrap">
            <table data-testid="churn-risk-table">
              <thead>
                <tr>
                  <th>#</th>
                  <th>{t('customer')}</th>
                  <th>{labels.field('status')}</th>
                  <th>{t('score')}</th>
                  <th>{t('level')}</th>
                  <th>{t('reasons')}</th>
                  <th>{t('lastInteraction')}</th>
                </tr>
              </thead>
              <tbody>
                {ranking.data.items.map((item, index) => (
                  <tr key={item.id}>
                    <td>{index + 1}</td>
                    <td>
                      <a href={href(`/customers/${item.id}`)}>{item.name}</a> <span class="muted">{item.code}</span>
                    </td>
                    <td>{labels.value('status', item.status)}</td>
                    <td>{format.number(item.churnRisk.score)}</td>
                    <td>
                      <span class={`badge ${item.churnRisk.level === 'high' ? 'bad' : item.churnRisk.level === 'medium' ? 'warn' : 'ok'}`}>
                        {labels.value('churnRiskLevel', item.churnRisk.level)}
                      </span>
                    </td>
                    <td>
                      <ul class="reasons">
                        {item.churnRisk.reasons.map((reason) => (
                          <li key={reason}>{reason}</li>
                        ))}
                      </ul>
                    </td>
                    <td>{format.dateTime(item.lastInteractionAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {ranking.data.items.length === 0 && <p class="empty">{t('none')}</p>}
          <FileExports
            name="churn-risk"
            formats={['csv', 'xlsx']}
            request={(api, fileFormat) => api.GET('/v1/analytics/churn-risk', { params: { query: { ...params, format: fileFormat } }, parseAs: 'blob' })}
          />
        </>
      )}
    </section>
  );
}
