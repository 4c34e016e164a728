import type { ApiSchemas } from '#api-client';
import type { ChartOption } from '../echarts.js';

type Group = ApiSchemas['FunnelGroupDto'];
const FUNNEL_STAGES = ['prospect', 'qualified', 'won'] as const;

/** One cohort: a funnel of the stages reached. Several groups: bars of the stages reached, a series per group. */
export function funnelOption(groups: readonly Group[], stageLabel: (stage: string) => string, groupLabel: (key: string) => string): ChartOption {
  const stages = FUNNEL_STAGES.map(stageLabel);
  const tooltip = { trigger: groups.length > 1 ? 'axis' : 'item' };
  const [only] = groups;
  if (groups.length === 1 && only) {
    return {
      tooltip,
      legend: { bottom: 0 },
      series: [
        {
          type: 'funnel',
          name: groupLabel(only.key),
          sort: 'none',
          left: '10%',
          width: '80%',
          label: { show: true, position: 'inside', formatter: '{b}: {c}' },
          data: FUNNEL_STAGES.map((stage, index) => ({ name: stages[index], value: only.reached[stage] })),
        },
      ],
    };
  }
  return {
    tooltip,
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: stages },
    yAxis: { type: 'value', minInterval: 1 },
    series: groups.map((group) => ({ type: 'bar', name: groupLabel(group.key), data: FUNNEL_STAGES.map((stage) => group.reached[stage]) })),
  };
}
