import { useState } from 'preact/hooks';
import type { DossierClient } from '#api-client';
import { useApi, toProblem } from '../../shell/api.js';
import { useFormat, useT } from '../../shell/i18n.js';
import { unwrap, type ApiProblem } from '../../shell/problem.js';
import { Loading, ProblemView } from '../../shell/problem-view.js';
import type { FileFormat } from '../analytics/downloads.js';
import { FileExports } from '../analytics/file-exports.js';
import { reportsMessages } from './messages.js';
import { PivotForm } from './pivot-form.js';
import { PivotTable } from './pivot-table.js';
import type { PivotAnswer, PivotRequest } from './pivot-vocabulary.js';
import { SavedReports } from './saved-reports.js';

type FileRequest = (client: DossierClient, format: FileFormat) => Promise<{ data?: Blob; error?: unknown; response: Response }>;

const START: PivotRequest = { rows: ['status'], columns: [], measures: ['count'] };

/** The pivot builder (POST /v1/reports/pivot) over the customers the role sees, and the saved reports. */
export function ReportsPage() {
  const t = useT(reportsMessages);
  const format = useFormat();
  const api = useApi();
  const [definition, setDefinition] = useState<PivotRequest>(START);
  const [result, setResult] = useState<{ answer: PivotAnswer; file: FileRequest; name?: string } | undefined>();
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  const [running, setRunning] = useState(false);

  const run = async () => {
    setProblem(undefined);
    setRunning(true);
    try {
      const ran = definition;
      setResult({
        answer: unwrap(await api.POST('/v1/reports/pivot', { body: ran })),
        file: (client, format) => client.POST('/v1/reports/pivot', { body: ran, params: { query: { format } }, parseAs: 'blob' }),
      });
    } catch (error) {
      setResult(undefined);
      setProblem(toProblem(error));
    } finally {
      setRunning(false);
    }
  };

  return (
    <section>
      <h1>{t('title')}</h1>
      <div class="reports-layout">
        <div>
          <PivotForm definition={definition} onChange={setDefinition} onRun={() => void run()} problem={problem} />
          {problem && <ProblemView problem={problem} />}
          {running && <Loading />}
          {result && (
            <div class="pivot-result">
              {result.name && <h2>{result.name}</h2>}
              <p class="muted">{t('asOf', { at: format.dateTime(result.answer.asOf), zone: result.answer.timeZone })}</p>
              <PivotTable answer={result.answer} />
              {result.answer.rowTotals.length === 0 && <p class="empty">{t('empty')}</p>}
              <FileExports name="pivot" formats={['csv']} request={result.file} />
            </div>
          )}
        </div>
        <SavedReports
          definition={definition}
          onOpen={(saved) => {
            setDefinition(saved);
            setResult(undefined);
          }}
          onRan={(report, answer) => {
            setDefinition(report.definition);
            setResult({
              answer,
              name: report.name,
              file: (client, format) => client.GET('/v1/reports/saved/{id}/run', { params: { path: { id: report.id }, query: { format } }, parseAs: 'blob' }),
            });
          }}
        />
      </div>
    </section>
  );
}
