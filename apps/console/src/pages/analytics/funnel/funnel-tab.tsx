import { useMemo, useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useQuery } from '../../../shell/api.js';
import { useLabels, useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { QueryStatus } from '../../../shell/problem-view.js';
import { navigate } from '../../../shell/router.js';
import { Chart } from '../chart.js';
import { FileExports } from '../file-exports.js';
import { analyticsMessages } from '../messages.js';
import { funnelOption } from './funnel-chart.js';
import { FunnelTable } from './funnel-table.js';

type GroupBy = NonNullable<ApiSchemas['FunnelResponseDto']['groupBy']>;
const GROUP_BYS: readonly GroupBy[] = ['industry', 'region', 'source', 'owner'];

/** GET /v1/analytics/funnel for the cohort and grouping in the URL: the chart, and its numbers beneath. */
export function FunnelTab({ query }: { query: URLSearchParams }) {
  const t = useT(analyticsMessages);
  const labels = useLabels();
  const asked = { from: query.get('from') ?? '', to: query.get('to') ?? '', groupBy: (query.get('groupBy') ?? '') as GroupBy | '' };
  const [draft, setDraft] = useState(asked);
  const params = {
    ...(asked.from ? { from: asked.from } : {}),
    ...(asked.to ? { to: asked.to } : {}),
    ...(asked.groupBy ? { groupBy: asked.groupBy } : {}),
  };
  const funnel = useQuery(async (api) => unwrap(await api.GET('/v1/analytics/funnel', { params: { query: params } })), [asked.from, asked.to, asked.groupBy]);

  const groupLabel = (key: string) => {
    if (key === 'all') return t('all');
    const list = funnel.data?.groupBy;
    return list === 'industry' || list === 'region' || list === 'source' ? labels.value(list, key) : key;
  };
  const option = useMemo(
    () => funnel.data && funnelOption(funnel.data.groups, (stage) => labels.value('funnelStage', stage), groupLabel),
    [funnel.data, labels.value('funnelStage', 'won')],
  );

  return (
    <>
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          navigate('/analytics/funnel', draft);
        }}
      >
        <label>
          {t('from')}
          <input type="date" name="from" value={draft.from} onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
        </label>
        <label>
          {t('to')}
          <input type="date" name="to" value={draft.to} onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
        </label>
        <label>
          {t('groupBy')}
          <select name="groupBy" value={draft.groupBy} onChange={(e) => setDraft({ ...draft, groupBy: e.currentTarget.value as GroupBy | '' })}>
            <option value="">{t('noGrouping')}</option>
            {GROUP_BYS.map((groupBy) => (
              <option key={groupBy} value={groupBy}>
                {labels.field(groupBy === 'owner' ? 'ownerId' : groupBy)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary">
          {t('apply')}
        </button>
      </form>
      <QueryStatus query={funnel} />
      {funnel.data && option && (
        <>
          <p class="muted">{funnel.data.from || funnel.data.to ? t('cohort', { from: funnel.data.from ?? '…', to: funnel.data.to ?? '…' }) : t('allTime')}</p>
          <Chart option={option} name="funnel" />
          <FunnelTable groups={funnel.data.groups} groupLabel={groupLabel} />
          <FileExports
            name="funnel"
            formats={['csv', 'xlsx']}
            request={(api, format) => api.GET('/v1/analytics/funnel', { params: { query: { ...params, format } }, parseAs: 'blob' })}
          />
        </>
      )}
    </>
  );
}
