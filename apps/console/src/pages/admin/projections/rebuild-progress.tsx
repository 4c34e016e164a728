import type { ApiSchemas } from '#api-client';
import { useT } from '../../../shell/i18n.js';
import { projectionsMessages } from './messages.js';

type JobState = ApiSchemas['AdminJobDto']['state'];

const STEP: Record<JobState, number> = { requested: 1, running: 2, done: 3, failed: 3 };

/** A rebuild request's way through the admin job log: requested → rebuilding → done (or failed). */
export function RebuildProgress({ name, job }: { name: string; job: ApiSchemas['AdminJobDto'] }) {
  const t = useT(projectionsMessages);
  const state = t(`job_${job.state}`);
  return (
    <div class={`rebuild-progress ${job.state}`} role="status" data-state={job.state}>
      <progress max={3} value={STEP[job.state]} aria-label={t('progress', { name, state })} />
      <span>{t('progress', { name, state })}</span>
      {job.error && <span class="bad">{job.error}</span>}
    </div>
  );
}
