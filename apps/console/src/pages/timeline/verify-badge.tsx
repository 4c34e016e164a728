import { useQuery } from '../../shell/api.js';
import { useT } from '../../shell/i18n.js';
import { unwrap } from '../../shell/problem.js';
import { ProblemView } from '../../shell/problem-view.js';
import { timelineMessages } from './messages.js';

/** GET /v1/customers/:id/verify: the hash chain recomputed by the server, and checked against its latest anchor. */
export function VerifyBadge({ id }: { id: string }) {
  const t = useT(timelineMessages);
  const verify = useQuery(async (api) => unwrap(await api.GET('/v1/customers/{id}/verify', { params: { path: { id } } })), [id]);
  if (verify.problem) return <ProblemView problem={verify.problem} />;
  if (!verify.data) return <span class="badge">{t('verifying')}</span>;
  const { valid, events, brokenAt, reason } = verify.data;
  return (
    <span class={`badge ${valid ? 'ok' : 'bad'}`} data-testid="chain-badge" data-valid={String(valid)}>
      {valid ? `✔ ${t('verified', { events })}` : `✘ ${t('broken', { revision: brokenAt ?? '?', reason: reason ?? '' })}`}
    </span>
  );
}
