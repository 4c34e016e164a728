import { useLabels, useT } from '../../shell/i18n.js';
import type { ApiProblem } from '../../shell/problem.js';
import { reportsMessages } from './messages.js';
import { DIMENSIONS, MAX_DIMENSIONS, MEASURES, type Dimension, type PivotRequest } from './pivot-vocabulary.js';

const STATUSES = ['prospect', 'qualified', 'won', 'churned'] as const;
const SLOTS = Array.from({ length: MAX_DIMENSIONS }, (_, index) => index);

interface PivotFormProps {
  definition: PivotRequest;
  onChange(definition: PivotRequest): void;
  onRun(): void;
  problem?: ApiProblem;
}

/** Pickers for what POST /v1/reports/pivot accepts: 1–3 row and 0–3 column dimensions, measures, filters, period. */
export function PivotForm({ definition, onChange, onRun, problem }: PivotFormProps) {
  const t = useT(reportsMessages);
  const labels = useLabels();
  const setSlot = (axis: 'rows' | 'columns', index: number, value: string) => {
    const next = [...definition[axis]];
    if (value) next[index] = value as Dimension;
    else next.splice(index, 1);
    onChange({ ...definition, [axis]: next.filter(Boolean) });
  };
  const filters = definition.filters ?? {};
  const setFilter = (name: keyof NonNullable<PivotRequest['filters']>, value: string) => {
    const next = { ...filters, [name]: value || undefined };
    onChange({ ...definition, filters: next });
  };
  const period = definition.period ?? {};
  const setPeriod = (name: 'from' | 'to', value: string) => onChange({ ...definition, period: { ...period, [name]: value || undefined } });

  const axis = (name: 'rows' | 'columns') => (
    <fieldset class="pivot-axis">
      <legend>{t(name)}</legend>
      {SLOTS.filter((index) => index <= definition[name].length).map((index) => (
        <select
          key={index}
          aria-label={`${t(name)} ${index + 1}`}
          value={definition[name][index] ?? ''}
          onChange={(e) => setSlot(name, index, e.currentTarget.value)}
        >
          <option value="">{t('none')}</option>
          {DIMENSIONS.map((dimension) => (
            <option key={dimension} value={dimension}>
              {t(`dimension.${dimension}`)}
            </option>
          ))}
        </select>
      ))}
      {problem?.fieldError(name) && <p class="field-error">{problem.fieldError(name)}</p>}
    </fieldset>
  );

  return (
    <form
      class="pivot-form"
      onSubmit={(event) => {
        event.preventDefault();
        onRun();
      }}
    >
      {axis('rows')}
      {axis('columns')}
      <fieldset class="pivot-axis">
        <legend>{t('measures')}</legend>
        {MEASURES.map((measure) => (
          <label key={measure} class="check">
            <input
              type="checkbox"
              name="measure"
              value={measure}
              checked={definition.measures.includes(measure)}
              onChange={(e) =>
                onChange({
                  ...definition,
                  measures: e.currentTarget.checked
                    ? MEASURES.filter((m) => m === measure || definition.measures.includes(m))
                    : definition.measures.filter((m) => m !== measure),
                })
              }
            />
            {t(`measure.${measure}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="pivot-axis toolbar">
        <legend>{t('filters')}</legend>
        <label>
          {labels.field('status')}
          <select value={filters.status ?? ''} onChange={(e) => setFilter('status', e.currentTarget.value)}>
            <option value="">{t('anyStatus')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {labels.value('status', status)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('industry')}
          <input value={filters.industry ?? ''} onInput={(e) => setFilter('industry', e.currentTarget.value)} />
        </label>
        <label>
          {t('region')}
          <input value={filters.region ?? ''} onInput={(e) => setFilter('region', e.currentTarget.value)} />
        </label>
        <label>
          {t('tag')}
          <input value={filters.tag ?? ''} onInput={(e) => setFilter('tag', e.currentTarget.value)} />
        </label>
        <label>
          {t('from')}
          <input type="date" value={period.from?.slice(0, 10) ?? ''} onInput={(e) => setPeriod('from', e.currentTarget.value)} />
        </label>
        <label>
          {t('to')}
          <input type="date" value={period.to?.slice(0, 10) ?? ''} onInput={(e) => setPeriod('to', e.currentTarget.value)} />
        </label>
      </fieldset>
      <div class="toolbar">
        <button type="submit" class="primary">
          {t('run')}
        </button>
      </div>
    </form>
  );
}
