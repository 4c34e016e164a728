import { useEffect, useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useApi, useQuery } from '../../../shell/api.js';
import { useFormat, useT } from '../../../shell/i18n.js';
import type { PageProps } from '../../../shell/page.js';
import { unwrap } from '../../../shell/problem.js';
import { Loading, ProblemView } from '../../../shell/problem-view.js';
import { ConfirmAction } from '../common/confirm-action.js';
import { useCommand } from '../common/use-command.js';
import { projectionsMessages } from './messages.js';
import { RebuildProgress } from './rebuild-progress.js';

type Projection = ApiSchemas['ProjectionStatusDto'];

const POLL_MS = 1000;
const STATE_BADGE: Record<Projection['state'], string> = { running: 'ok', stopped: 'warn', failed: 'bad' };

/**
 * GET /v1/admin/projections: position, lag and state of each read model. A rebuild is a request the projections'
 * lease holder carries out (POST …/rebuild answers 202 with the request id, no Location): its progress is the
 * projection's `lastRebuild`, polled until done or failed.
 */
export function ProjectionsPage(_props: PageProps) {
  const t = useT(projectionsMessages);
  const format = useFormat();
  const api = useApi();
  const command = useCommand();
  const list = useQuery(async (api) => unwrap(await api.GET('/v1/admin/projections')), []);
  const [requested, setRequested] = useState<Record<string, string>>({});

  const open = list.data?.items.some((p) => p.rebuilding || (requested[p.name] !== undefined && p.lastRebuild?.id !== requested[p.name]));
  useEffect(() => {
    if (!open || list.loading) return;
    const timer = setTimeout(list.reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [open, list.loading, list.data]);

  return (
    <section>
      <h1>{t('title')}</h1>
      {list.problem && <ProblemView problem={list.problem} onRetry={list.reload} />}
      {command.problem && <ProblemView problem={command.problem} />}
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <>
          <p class="muted">{t('head', { head: format.number(list.data.head) })}</p>
          <div class="table-wrap">
            <table data-testid="projection-list">
              <thead>
                <tr>
                  <th>{t('name')}</th>
                  <th>{t('state')}</th>
                  <th>{t('position')}</th>
                  <th>{t('lag')}</th>
                  <th>{t('holder')}</th>
                  <th>{t('lastRebuild')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((projection) => (
                  <tr key={projection.name} data-projection={projection.name}>
                    <td>
                      <code>{projection.name}</code>
                      {projection.lastError && <p class="bad">{projection.lastError}</p>}
                    </td>
                    <td>
                      <span class={`badge ${STATE_BADGE[projection.state]}`}>{t(`state_${projection.state}`)}</span>
                    </td>
                    <td>{format.number(projection.position)}</td>
                    <td>{format.number(projection.lag)}</td>
                    <td>{projection.holder ?? t('none')}</td>
                    <td>
                      {projection.lastRebuild ? (
                        <>
                          <RebuildProgress name={projection.name} job={projection.lastRebuild} />
                          <small>
                            {format.dateTime(projection.lastRebuild.finishedAt ?? projection.lastRebuild.requestedAt)}
                            {typeof projection.lastRebuild.result?.ms === 'number' && ` · ${t('took', { ms: projection.lastRebuild.result.ms })}`}
                          </small>
                        </>
                      ) : (
                        t('none')
                      )}
                    </td>
                    <td>
                      <ConfirmAction
                        label={t('rebuild')}
                        question={t('rebuildQuestion', { name: projection.name })}
                        busy={command.busy || projection.rebuilding}
                        onConfirm={async () => {
                          const job = await command.run(async () =>
                            unwrap(await api.POST('/v1/admin/projections/{name}/rebuild', { params: { path: { name: projection.name } } })),
                          );
                          if (job) {
                            setRequested((current) => ({ ...current, [projection.name]: job.id }));
                            list.reload();
                          }
                        }}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
