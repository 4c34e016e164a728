import type { ApiSchemas } from '#api-client';
import type { ChartOption } from '../echarts.js';

type Lifecycle = ApiSchemas['LifecycleAnalysisView'];
export const LIFECYCLE_STAGES = ['prospect', 'new', 'active', 'silent', 'lost'] as const;

/** Customers per stage at each month's end, stacked. */
export function stagesOption(lifecycle: Lifecycle, stageLabel: (stage: string) => string): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: lifecycle.months.map((month) => month.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: LIFECYCLE_STAGES.map((stage) => ({
      type: 'bar',
      stack: 'stages',
      name: stageLabel(stage),
      data: lifecycle.months.map((month) => month.stages[stage]),
    })),
  };
}

/** The flows of the whole range as a sankey: each stage twice, where customers were (left) and went (right). */
export function flowsOption(lifecycle: Lifecycle, stageLabel: (stage: string) => string): ChartOption {
  const totals = new Map<string, number>();
  for (const flow of lifecycle.flows) {
    if (flow.from === flow.to) continue;
    const key = `${flow.from}|${flow.to}`;
    totals.set(key, (totals.get(key) ?? 0) + flow.count);
  }
  const before = (stage: string) => `${stageLabel(stage)} ·`;
  const after = (stage: string) => `· ${stageLabel(stage)}`;
  const links = [...totals].map(([key, value]) => {
    const [from = '', to = ''] = key.split('|');
    return { source: before(from), target: after(to), value };
  });
  const names = new Set(links.flatMap((link) => [link.source, link.target]));
  return {
    tooltip: { trigger: 'item' },
    series: [{ type: 'sankey', left: 16, right: 96, emphasis: { focus: 'adjacency' }, data: [...names].map((name) => ({ name })), links }],
  };
}
