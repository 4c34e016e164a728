import { useMemo } from 'preact/hooks';
import { useQuery } from '../../../shell/api.js';
import { useFormat, useLabels, useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { Loading, ProblemView } from '../../../shell/problem-view.js';
import { Chart } from '../chart.js';
import { FileExports } from '../file-exports.js';
import { analyticsMessages } from '../messages.js';
import { useNumbers } from '../numbers.js';

/** GET /v1/analytics/industry-distribution: a pie of customers per industry, and the shares beneath. */
export function IndustriesTab() {
  const t = useT(analyticsMessages);
  const labels = useLabels();
  const format = useFormat();
  const numbers = useNumbers();
  const distribution = useQuery(async (api) => unwrap(await api.GET('/v1/analytics/industry-distribution')), []);
  const industryLabel = labels.value;
  const option = useMemo(
    () =>
      distribution.data && {
        tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
        legend: { type: 'scroll', bottom: 0 },
        series: [
          {
            type: 'pie',
            name: t('industries'),
            radius: ['35%', '65%'],
            data: distribution.data.items.map((item) => ({ name: industryLabel('industry', item.industry), value: item.customers })),
          },
        ],
      },
    [distribution.data, industryLabel('industry', 'internet')],
  );

  if (distribution.problem) return <ProblemView problem={distribution.problem} onRetry={distribution.reload} />;
  if (!distribution.data || !option) return <Loading />;
  return (
    <>
      <Chart option={option} name="industry-distribution" />
      <div class="table-wrap">
        <table class="numbers" data-testid="industry-table">
          <thead>
            <tr>
              <th>{labels.field('industry')}</th>
              <th>{t('customers')}</th>
              <th>{t('won')}</th>
              <th>{t('share')}</th>
            </tr>
          </thead>
          <tbody>
            {distribution.data.items.map((item) => (
              <tr key={item.industry} data-industry={item.industry}>
                <th scope="row">{labels.value('industry', item.industry)}</th>
                <td>{format.number(item.customers)}</td>
                <td>{format.number(item.won)}</td>
                <td>{numbers.percent(item.share)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('total')}</th>
              <td>{format.number(distribution.data.total)}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      {distribution.data.items.length === 0 && <p class="empty">{t('none')}</p>}
      <FileExports
        name="industry-distribution"
        formats={['csv', 'xlsx']}
        request={(api, fileFormat) => api.GET('/v1/analytics/industry-distribution', { params: { query: { format: fileFormat } }, parseAs: 'blob' })}
      />
    </>
  );
}
