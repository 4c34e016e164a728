import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useQuery } from '../../../shell/api.js';
import { useFormat, useLabels, useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { Loading, ProblemView } from '../../../shell/problem-view.js';
import { navigate } from '../../../shell/router.js';
import { Chart } from '../chart.js';
import { FileExports } from '../file-exports.js';
import { analyticsMessages } from '../messages.js';
import { useNumbers } from '../numbers.js';

/** GET /v1/analytics/service: cases by kind, complaints by category and month, time to resolution, satisfaction. */
export function ServiceTab({ query }: { query: URLSearchParams }) {
  const t = useT(analyticsMessages);
  const labels = useLabels();
  const format = useFormat();
  const numbers = useNumbers();
  const asked = { from: query.get('from') ?? '', to: query.get('to') ?? '', ownerId: query.get('ownerId') ?? '' };
  const [draft, setDraft] = useState(asked);
  const params = { ...(asked.from ? { from: asked.from } : {}), ...(asked.to ? { to: asked.to } : {}), ...(asked.ownerId ? { ownerId: asked.ownerId } : {}) };
  const service = useQuery(async (api) => unwrap(await api.GET('/v1/analytics/service', { params: { query: params } })), [asked.from, asked.to, asked.ownerId]);
  const option = useMemo(() => {
    if (!service.data) return undefined;
    const { complaints, satisfaction } = service.data;
    const months = [...new Set([...complaints.byMonth.map((m) => m.month), ...satisfaction.byMonth.map((m) => m.month)])].sort();
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 48, top: 24, bottom: 48 },
      xAxis: { type: 'category', data: months },
      yAxis: [
        { type: 'value', name: t('complaints'), minInterval: 1 },
        { type: 'value', name: t('satisfaction'), min: 0, max: 5 },
      ],
      series: [
        { type: 'bar', name: t('complaints'), data: months.map((month) => complaints.byMonth.find((m) => m.month === month)?.count ?? 0) },
        { type: 'bar', name: t('resolved'), data: months.map((month) => complaints.byMonth.find((m) => m.month === month)?.resolved ?? 0) },
        {
          type: 'line',
          yAxisIndex: 1,
          name: t('satisfaction'),
          data: months.map((month) => satisfaction.byMonth.find((m) => m.month === month)?.average ?? null),
        },
      ],
    };
  }, [service.data, t('complaints')]);
  const hours = (value: number | null) => numbers.figure(value);

  return (
    <>
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          navigate('/analytics/service', draft);
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
          {t('owner')}
          <input name="ownerId" value={draft.ownerId} onInput={(e) => setDraft({ ...draft, ownerId: e.currentTarget.value })} />
        </label>
        <button type="submit" class="primary">
          {t('apply')}
        </button>
      </form>
      {service.problem && <ProblemView problem={service.problem} onRetry={service.reload} />}
      {!service.problem && !service.data && <Loading />}
      {service.data && option && (
        <>
          <div class="cards">
            <div class="card">
              <h2>{t('cases')}</h2>
              <dl class="fields" data-testid="service-cases">
                {service.data.cases.map((kind) => (
                  <Fragment key={kind.kind}>
                    <dt>{labels.value('followUpKind', kind.kind)}</dt>
                    <dd>{format.number(kind.count)}</dd>
                  </Fragment>
                ))}
              </dl>
            </div>
            <div class="card">
              <h2>{t('complaints')}</h2>
              <dl class="fields">
                <dt>{t('total')}</dt>
                <dd>{format.number(service.data.complaints.total)}</dd>
                <dt>{t('open')}</dt>
                <dd>{format.number(service.data.complaints.open)}</dd>
                <dt>{t('resolved')}</dt>
                <dd>{format.number(service.data.complaints.resolved)}</dd>
              </dl>
            </div>
            <div class="card">
              <h2>{t('resolution')}</h2>
              <p>{t('averageHours', { hours: hours(service.data.resolution.averageHours) })}</p>
              <p>{t('medianHours', { hours: hours(service.data.resolution.medianHours) })}</p>
              <p>{t('p90Hours', { hours: hours(service.data.resolution.p90Hours) })}</p>
            </div>
            <div class="card">
              <h2>{t('satisfaction')}</h2>
              <dl class="fields">
                <dt>{t('responses')}</dt>
                <dd>{format.number(service.data.satisfaction.responses)}</dd>
                <dt>{t('average')}</dt>
                <dd>{numbers.figure(service.data.satisfaction.average)}</dd>
              </dl>
            </div>
          </div>
          <Chart option={option} name="service-quality" />
          <div class="table-wrap">
            <table class="numbers" data-testid="complaint-categories">
              <thead>
                <tr>
                  <th>{t('category')}</th>
                  <th>{t('complaints')}</th>
                  <th>{t('open')}</th>
                </tr>
              </thead>
              <tbody>
                {service.data.complaints.byCategory.map((row) => (
                  <tr key={row.category}>
                    <th scope="row">{labels.value('serviceCategory', row.category)}</th>
                    <td>{format.number(row.count)}</td>
                    <td>{format.number(row.open)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <FileExports
            name="service-quality"
            formats={['csv']}
            request={(api, fileFormat) => api.GET('/v1/analytics/service', { params: { query: { ...params, format: fileFormat } }, parseAs: 'blob' })}
          />
        </>
      )}
    </>
  );
}
