import { useState } from 'preact/hooks';
import { useApi, useQuery, toProblem } from '../../shell/api.js';
import { useFormat, useT } from '../../shell/i18n.js';
import { unwrap, type ApiProblem } from '../../shell/problem.js';
import { ProblemView, QueryStatus } from '../../shell/problem-view.js';
import { reportsMessages } from './messages.js';
import type { ApiSchemas } from '#api-client';
import type { PivotAnswer, PivotRequest } from './pivot-vocabulary.js';

type SavedReport = ApiSchemas['SavedReportDto'];

interface SavedReportsProps {
  /** The builder's current definition, saved under a name. */
  definition: PivotRequest;
  /** A saved report opened into the builder. */
  onOpen(definition: PivotRequest): void;
  /** A saved report's run (GET /v1/reports/saved/:id/run). */
  onRan(report: SavedReport, answer: PivotAnswer): void;
}

/** GET /v1/reports/saved with save (POST) and run; a new one is listed once the read model has it (X-Min-Position). */
export function SavedReports({ definition, onOpen, onRan }: SavedReportsProps) {
  const t = useT(reportsMessages);
  const format = useFormat();
  const api = useApi();
  const [position, setPosition] = useState(0);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const list = useQuery(
    async (client) => unwrap(await client.GET('/v1/reports/saved', { params: { header: position ? { 'X-Min-Position': String(position) } : {} } })),
    [position],
  );

  const save = async () => {
    setProblem(undefined);
    try {
      const saved = unwrap(await api.POST('/v1/reports/saved', { body: { name: name.trim(), definition } }));
      setName('');
      setPosition(saved.position);
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const run = async (report: SavedReport) => {
    setProblem(undefined);
    try {
      onRan(report, unwrap(await api.GET('/v1/reports/saved/{id}/run', { params: { path: { id: report.id } } })));
    } catch (error) {
      setProblem(toProblem(error));
    }
  };

  return (
    <section class="card saved-reports">
      <h2>{t('saved')}</h2>
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label>
          {t('saveAs')}
          <input name="reportName" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('save')}</button>
      </form>
      {problem && <ProblemView problem={problem} />}
      <QueryStatus query={list} />
      {list.data && list.data.items.length === 0 && <p class="empty">{t('noSaved')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul class="saved-list" data-testid="saved-reports">
          {list.data.items.map((report) => (
            <li key={report.id}>
              <strong>{report.name}</strong> <span class="muted">{t('updatedAt', { at: format.dateTime(report.updatedAt) })}</span>
              <span class="actions">
                <button type="button" onClick={() => onOpen(report.definition)}>
                  {t('open')}
                </button>
                <button type="button" onClick={() => void run(report)}>
                  {t('runSaved')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
