import { useMemo } from 'preact/hooks';
import { useQuery } from '../../../shell/api.js';
import { useFormat, useLabels, useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { Loading, ProblemView } from '../../../shell/problem-view.js';
import { Chart } from '../chart.js';
import { FileExports } from '../file-exports.js';
import { analyticsMessages } from '../messages.js';
import { useNumbers } from '../numbers.js';

const SCORES = [1, 2, 3, 4, 5];

/** GET /v1/analytics/rfm: the 5×5 recency × frequency heatmap of customers, and the eight segments. Spend is in fen. */
export function RfmTab() {
  const t = useT(analyticsMessages);
  const labels = useLabels();
  const format = useFormat();
  const numbers = useNumbers();
  const rfm = useQuery(async (api) => unwrap(await api.GET('/v1/analytics/rfm')), []);
  const option = useMemo(() => {
    if (!rfm.data) return undefined;
    const most = Math.max(1, ...rfm.data.grid.map((cell) => cell.customers));
    return {
      tooltip: { position: 'top' },
      grid: { left: 72, right: 24, top: 24, bottom: 88 },
      xAxis: { type: 'category', name: t('frequency'), nameLocation: 'middle', nameGap: 28, data: SCORES.map(String) },
      yAxis: { type: 'category', name: t('recency'), nameLocation: 'middle', nameGap: 40, data: SCORES.map(String) },
      visualMap: { min: 0, max: most, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
      series: [
        {
          type: 'heatmap',
          name: t('customers'),
          label: { show: true },
          data: rfm.data.grid.map((cell) => [String(cell.f), String(cell.r), cell.customers]),
        },
      ],
    };
  }, [rfm.data, t('recency')]);

  if (rfm.problem) return <ProblemView problem={rfm.problem} onRetry={rfm.reload} />;
  if (!rfm.data || !option) return <Loading />;
  return (
    <>
      {rfm.data.building && <p class="notice">{t('building')}</p>}
      <p class="muted">{t('asOf', { at: format.dateTime(rfm.data.at) })}</p>
      <Chart option={option} name="rfm" height={380} />
      <div class="table-wrap">
        <table class="numbers" data-testid="rfm-segments">
          <thead>
            <tr>
              <th>{t('segment')}</th>
              <th>{t('customers')}</th>
              <th>{t('spend')}</th>
            </tr>
          </thead>
          <tbody>
            {rfm.data.segments.map((row) => (
              <tr key={row.segment} data-segment={row.segment}>
                <th scope="row">{labels.value('segment', row.segment)}</th>
                <td>{format.number(row.customers)}</td>
                <td>{numbers.money(row.spend, 'CNY')}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('total')}</th>
              <td>{format.number(rfm.data.customers)}</td>
              <td>{numbers.money(rfm.data.spend, 'CNY')}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <FileExports
        name="rfm"
        formats={['csv']}
        request={(api, fileFormat) => api.GET('/v1/analytics/rfm', { params: { query: { format: fileFormat } }, parseAs: 'blob' })}
      />
    </>
  );
}
