import { useMemo, useState } from 'preact/hooks';
import { useQuery } from '../../../shell/api.js';
import { useFormat, useLabels, useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { Loading, ProblemView } from '../../../shell/problem-view.js';
import { navigate } from '../../../shell/router.js';
import { Chart } from '../chart.js';
import { FileExports } from '../file-exports.js';
import { analyticsMessages } from '../messages.js';
import { flowsOption, LIFECYCLE_STAGES, stagesOption } from './lifecycle-option.js';

/** GET /v1/analytics/lifecycle: customers per stage per month (stacked bars) and the flows between stages (sankey, table). */
export function LifecycleTab({ query }: { query: URLSearchParams }) {
  const t = useT(analyticsMessages);
  const labels = useLabels();
  const format = useFormat();
  const asked = { from: query.get('from') ?? '', to: query.get('to') ?? '' };
  const [draft, setDraft] = useState(asked);
  const params = { ...(asked.from ? { from: asked.from } : {}), ...(asked.to ? { to: asked.to } : {}) };
  const lifecycle = useQuery(async (api) => unwrap(await api.GET('/v1/analytics/lifecycle', { params: { query: params } })), [asked.from, asked.to]);
  const stageLabel = (stage: string) => labels.value('lifecycleStage', stage);
  const options = useMemo(
    () => lifecycle.data && { stages: stagesOption(lifecycle.data, stageLabel), flows: flowsOption(lifecycle.data, stageLabel) },
    [lifecycle.data, stageLabel('active')],
  );
  const moved = lifecycle.data?.flows.filter((flow) => flow.from !== flow.to) ?? [];

  return (
    <>
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          navigate('/analytics/lifecycle', draft);
        }}
      >
        <label>
          {t('monthFrom')}
          <input type="month" name="from" value={draft.from} onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
        </label>
        <label>
          {t('monthTo')}
          <input type="month" name="to" value={draft.to} onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
        </label>
        <button type="submit" class="primary">
          {t('apply')}
        </button>
      </form>
      {lifecycle.problem && <ProblemView problem={lifecycle.problem} onRetry={lifecycle.reload} />}
      {!lifecycle.problem && !lifecycle.data && <Loading />}
      {lifecycle.data && options && (
        <>
          {lifecycle.data.building && <p class="notice">{t('building')}</p>}
          <h2>{t('stagesPerMonth')}</h2>
          <Chart option={options.stages} name="lifecycle-stages" />
          <div class="table-wrap">
            <table class="numbers" data-testid="lifecycle-months">
              <thead>
                <tr>
                  <th>{t('month')}</th>
                  {LIFECYCLE_STAGES.map((stage) => (
                    <th key={stage}>{stageLabel(stage)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lifecycle.data.months.map((month) => (
                  <tr key={month.month}>
                    <th scope="row">{month.month}</th>
                    {LIFECYCLE_STAGES.map((stage) => (
                      <td key={stage}>{format.number(month.stages[stage])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('flows')}</h2>
          {moved.length > 0 && <Chart option={options.flows} name="lifecycle-flows" />}
          <div class="table-wrap">
            <table class="numbers" data-testid="lifecycle-flows">
              <thead>
                <tr>
                  <th>{t('month')}</th>
                  <th>{t('flowFrom')}</th>
                  <th>{t('flowTo')}</th>
                  <th>{t('count')}</th>
                </tr>
              </thead>
              <tbody>
                {moved.map((flow) => (
                  <tr key={`${flow.month}-${flow.from}-${flow.to}`}>
                    <th scope="row">{flow.month}</th>
                    <td>{stageLabel(flow.from)}</td>
                    <td>{stageLabel(flow.to)}</td>
                    <td>{format.number(flow.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {moved.length === 0 && <p class="empty">{t('none')}</p>}
          <FileExports
            name="lifecycle"
            formats={['csv']}
            request={(api, fileFormat) => api.GET('/v1/analytics/lifecycle', { params: { query: { ...params, format: fileFormat } }, parseAs: 'blob' })}
          />
        </>
      )}
    </>
  );
}
