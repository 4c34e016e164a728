import { useMemo } from 'preact/hooks';
import { useQuery } from '../../../shell/api.js';
import { useFormat, useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { Loading, ProblemView } from '../../../shell/problem-view.js';
import { navigate } from '../../../shell/router.js';
import { Chart } from '../chart.js';
import { FileExports } from '../file-exports.js';
import { analyticsMessages } from '../messages.js';
import { majorUnits, useNumbers } from '../numbers.js';

type Granularity = 'month' | 'quarter';

/** GET /v1/analytics/value-trend: order value (minor units, per currency) per month or quarter as lines, orders as bars. */
export function ValueTrendTab({ query }: { query: URLSearchParams }) {
  const t = useT(analyticsMessages);
  const format = useFormat();
  const numbers = useNumbers();
  const granularity: Granularity = query.get('granularity') === 'quarter' ? 'quarter' : 'month';
  const trend = useQuery(async (api) => unwrap(await api.GET('/v1/analytics/value-trend', { params: { query: { granularity } } })), [granularity]);
  const option = useMemo(() => {
    if (!trend.data) return undefined;
    const periods = [...new Set(trend.data.items.map((item) => item.period))];
    const currencies = [...new Set(trend.data.items.map((item) => item.currency))];
    const at = (currency: string, period: string) => trend.data?.items.find((item) => item.currency === currency && item.period === period);
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 72, right: 48, top: 24, bottom: 48 },
      xAxis: { type: 'category', data: periods },
      yAxis: [
        { type: 'value', name: t('amount') },
        { type: 'value', name: t('orders'), minInterval: 1 },
      ],
      series: [
        ...currencies.map((currency) => ({
          type: 'line',
          name: `${t('amount')} (${currency})`,
          data: periods.map((period) => majorUnits(at(currency, period)?.amount ?? 0, currency)),
        })),
        ...currencies.map((currency) => ({
          type: 'bar',
          yAxisIndex: 1,
          name: `${t('orders')} (${currency})`,
          data: periods.map((period) => at(currency, period)?.orders ?? 0),
        })),
      ],
    };
  }, [trend.data, t('amount')]);

  return (
    <>
      <div class="toolbar">
        <label>
          {t('granularity')}
          <select name="granularity" value={granularity} onChange={(e) => navigate('/analytics/value-trend', { granularity: e.currentTarget.value })}>
            <option value="month">{t('month')}</option>
            <option value="quarter">{t('quarter')}</option>
          </select>
        </label>
      </div>
      {trend.problem && <ProblemView problem={trend.problem} onRetry={trend.reload} />}
      {!trend.problem && (!trend.data || !option) && <Loading />}
      {trend.data && option && (
        <>
          <Chart option={option} name="value-trend" />
          <div class="table-wrap">
            <table class="numbers" data-testid="value-trend-table">
              <thead>
                <tr>
                  <th>{t('period')}</th>
                  <th>{t('amount')}</th>
                  <th>{t('orders')}</th>
                </tr>
              </thead>
              <tbody>
                {trend.data.items.map((item) => (
                  <tr key={`${item.period}-${item.currency}`}>
                    <th scope="row">{item.period}</th>
                    <td>{numbers.money(item.amount, item.currency)}</td>
                    <td>{format.number(item.orders)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {trend.data.items.length === 0 && <p class="empty">{t('none')}</p>}
          <FileExports
            name="value-trend"
            formats={['csv', 'xlsx']}
            request={(api, fileFormat) => api.GET('/v1/analytics/value-trend', { params: { query: { granularity, format: fileFormat } }, parseAs: 'blob' })}
          />
        </>
      )}
    </>
  );
}
