import { useFormat, useLabels, useT } from '../../shell/i18n.js';
import { useNumbers } from '../analytics/numbers.js';
import { reportsMessages } from './messages.js';
import { VALUE_LIST, type Dimension, type Measure, type PivotAnswer } from './pivot-vocabulary.js';

type Figures = PivotAnswer['total'];
type Key = Record<string, string | null>;

const keyOf = (dimensions: readonly Dimension[], values: Key) => JSON.stringify(dimensions.map((d) => values[d] ?? null));

/** A pivot answer as a table: row keys down, column keys × measures across, the API's totals at the edges. */
export function PivotTable({ answer }: { answer: PivotAnswer }) {
  const t = useT(reportsMessages);
  const labels = useLabels();
  const format = useFormat();
  const numbers = useNumbers();
  const { rows, columns, measures } = answer;

  const valueText = (dimension: Dimension, value: string | null | undefined) => {
    if (value === null || value === undefined) return t('none');
    const list = VALUE_LIST[dimension];
    return list ? labels.value(list, value) : value;
  };
  const figure = (figures: Figures | undefined, measure: Measure) => {
    if (!figures) return '';
    switch (measure) {
      case 'spend':
        return figures.spendYuan === undefined ? '' : numbers.yuan(figures.spendYuan);
      case 'conversion':
        return figures.conversion === undefined ? '' : numbers.percent(figures.conversion);
      default: {
        const value = figures[measure];
        return value === undefined ? '' : format.number(value);
      }
    }
  };

  const cells = new Map(answer.cells.map((cell) => [`${keyOf(rows, cell.row)}|${keyOf(columns, cell.column)}`, cell]));
  const rowTotals = new Map(answer.rowTotals.map((total) => [keyOf(rows, total.row), total]));
  const columnTotals = columns.length > 0 ? answer.columnTotals : [];
  const figureCells = (figures: Figures | undefined, prefix: string, testid?: string) =>
    measures.map((measure) => (
      <td key={`${prefix}-${measure}`} data-measure={measure} data-testid={testid}>
        {figure(figures, measure)}
      </td>
    ));

  return (
    <div class="table-wrap">
      <table class="numbers pivot" data-testid="pivot-table">
        <thead>
          {columns.map((dimension) => (
            <tr key={dimension}>
              <th colSpan={rows.length}>{t(`dimension.${dimension}`)}</th>
              {columnTotals.map((total) => (
                <th key={keyOf(columns, total.column)} colSpan={measures.length}>
                  {valueText(dimension, total.column[dimension])}
                </th>
              ))}
              <th colSpan={measures.length} />
            </tr>
          ))}
          <tr>
            {rows.map((dimension) => (
              <th key={dimension}>{t(`dimension.${dimension}`)}</th>
            ))}
            {[...columnTotals.map((total) => keyOf(columns, total.column)), 'total'].map((column) =>
              measures.map((measure) => (
                <th key={`${column}-${measure}`}>
                  {column === 'total' && columns.length > 0 ? `${t('total')} · ${t(`measure.${measure}`)}` : t(`measure.${measure}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {answer.rowTotals.map((total) => {
            const rowKey = keyOf(rows, total.row);
            return (
              <tr key={rowKey}>
                {rows.map((dimension) => (
                  <th key={dimension} scope="row">
                    {valueText(dimension, total.row[dimension])}
                  </th>
                ))}
                {columnTotals.map((column) => {
                  const columnKey = keyOf(columns, column.column);
                  return figureCells(cells.get(`${rowKey}|${columnKey}`), columnKey);
                })}
                {figureCells(rowTotals.get(rowKey), 'total', 'pivot-row-total')}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={rows.length} scope="row">
              {t('total')}
            </th>
            {columnTotals.map((column) => figureCells(column, keyOf(columns, column.column), 'pivot-column-total'))}
            {figureCells(answer.total, 'total', 'pivot-total')}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
