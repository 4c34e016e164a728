import { useEffect, useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useApi } from '../../../shell/api.js';
import { useFormat, useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView } from '../../../shell/problem-view.js';
import { useCommand } from '../common/use-command.js';
import { rulesMessages } from './messages.js';

type Report = ApiSchemas['EvaluationReportDto'];
type Job = ApiSchemas['AdminJobDto'];

const POLL_MS = 1000;

const isJob = (answer: Report | Job): answer is Job => 'state' in answer;

/**
 * POST /v1/admin/rules/evaluate, optionally as of an instant. Answered here (200, the report) or relayed to the
 * scheduler's lease holder (202, a job): then GET /v1/admin/rules/evaluations/:id is polled until it ends.
 */
export function EvaluateForm() {
  const t = useT(rulesMessages);
  const format = useFormat();
  const api = useApi();
  const command = useCommand();
  const [at, setAt] = useState('');
  const [answer, setAnswer] = useState<Report | Job | undefined>();

  const job = answer && isJob(answer) ? answer : undefined;
  useEffect(() => {
    if (!job || job.state === 'done' || job.state === 'failed') return;
    const timer = setTimeout(async () => {
      const next = await command.run(async () => unwrap(await api.GET('/v1/admin/rules/evaluations/{id}', { params: { path: { id: job.id } } })));
      if (next) setAnswer(next);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  const report: Report | undefined = answer && !isJob(answer) ? answer : job?.state === 'done' ? (job.result as Report | undefined) : undefined;
  return (
    <>
      <form
        class="toolbar"
        aria-label={t('evaluateTitle')}
        onSubmit={async (event) => {
          event.preventDefault();
          const body = at ? { at: new Date(at).toISOString() } : {};
          const next = await command.run(async () => unwrap(await api.POST('/v1/admin/rules/evaluate', { body })));
          setAnswer(next);
        }}
      >
        <label>
          {t('at')}
          <input type="datetime-local" value={at} onInput={(e) => setAt(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary" disabled={command.busy || (job !== undefined && job.state !== 'done' && job.state !== 'failed')}>
          {t('evaluate')}
        </button>
      </form>
      {command.problem && <ProblemView problem={command.problem} />}
      <div role="status">
        {report && t('evaluated', { at: format.dateTime(report.at), customers: report.customers, appended: report.appended, parked: report.parked })}
        {job && job.state !== 'done' && job.state !== 'failed' && t('evaluating', { state: job.state })}
        {job?.state === 'failed' && t('evaluationFailed', { error: job.error ?? '' })}
      </div>
    </>
  );
}
