import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ChartKind } from '../report-descriptor.js';

export interface ChartPoint {
  category: string;
  value: number;
  series?: string;
}

export interface ChartSpec {
  kind: ChartKind;
  data: readonly ChartPoint[];
  /** Axis titles. */
  categoryTitle: string;
  valueTitle: string;
}

const CHART_FONT = 'Noto Sans CJK';

/** The chart as SVG, drawn by vega-lite without a browser (its labels in CHART_FONT, mapped to the embedded font). */
export async function chartSvg(chart: ChartSpec, width: number, height: number): Promise<string> {
  const spec = { ...specOf(chart), width, height, config: { font: CHART_FONT, view: { stroke: null } } } as TopLevelSpec;
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

function specOf({ kind, data, categoryTitle, valueTitle }: ChartSpec): object {
  const values = data.map((point) => ({ ...point }));
  const category = { field: 'category', type: 'nominal', sort: null, title: categoryTitle };
  const value = { field: 'value', type: 'quantitative', title: valueTitle };
  switch (kind) {
    case 'pie':
      return {
        data: { values },
        mark: { type: 'arc', outerRadius: 110 },
        encoding: { theta: { ...value, stack: true }, color: { ...category, legend: { title: categoryTitle } } },
      };
    case 'line':
      return {
        data: { values },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'category', type: 'ordinal', title: categoryTitle, axis: { labelAngle: 0 } },
          y: value,
          color: { field: 'series', type: 'nominal', title: null },
        },
      };
    case 'bar':
      return { data: { values }, mark: 'bar', encoding: { x: { ...category, axis: { labelAngle: -30 } }, y: value } };
    case 'funnel':
      // Bars centred on one axis, widest stage first: the usual funnel picture.
      return {
        data: { values },
        transform: [
          { calculate: '-datum.value / 2', as: 'from' },
          { calculate: 'datum.value / 2', as: 'to' },
        ],
        layer: [
          {
            mark: { type: 'bar', color: '#4c78a8' },
            encoding: { y: { ...category, axis: { title: null } }, x: { field: 'from', type: 'quantitative', axis: null }, x2: { field: 'to' } },
          },
          {
            mark: { type: 'text', color: 'white', fontSize: 12 },
            encoding: { y: { ...category, axis: { title: null } }, x: { datum: 0, type: 'quantitative' }, text: { field: 'value', type: 'quantitative' } },
          },
        ],
      };
  }
}
