import { useState } from 'preact/hooks';
import { useApi, useQuery } from '../../../shell/api.js';
import { useFormat, useT } from '../../../shell/i18n.js';
import type { PageProps } from '../../../shell/page.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView, QueryStatus } from '../../../shell/problem-view.js';
import { ConfirmAction } from '../common/confirm-action.js';
import { useCommand } from '../common/use-command.js';
import { tagsMessages } from './messages.js';

/** GET /v1/tags; retiring a tag (POST /v1/tags/:tag/retire) asks for confirmation and the reason the API records. */
export function TagsPage(_props: PageProps) {
  const t = useT(tagsMessages);
  const format = useFormat();
  const api = useApi();
  const command = useCommand();
  const tags = useQuery(async (api) => unwrap(await api.GET('/v1/tags')), []);
  const [report, setReport] = useState<string | undefined>();
  return (
    <section>
      <h1>{t('title')}</h1>
      {command.problem && <ProblemView problem={command.problem} />}
      {report && !command.problem && (
        <p class="notice" role="status">
          {report}
        </p>
      )}
      <QueryStatus query={tags} />
      {tags.data && (
        <div class="table-wrap">
          <table data-testid="tag-list">
            <thead>
              <tr>
                <th>{t('tag')}</th>
                <th>{t('category')}</th>
                <th>{t('description')}</th>
                <th>{t('origin')}</th>
                <th>{t('customers')}</th>
                <th>{t('state')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tags.data.items.map((tag) => (
                <tr key={tag.tag} data-tag={tag.tag}>
                  <td>
                    <span class="badge">{tag.tag}</span>
                  </td>
                  <td>{tag.category}</td>
                  <td>{tag.description ?? '—'}</td>
                  <td>{tag.ruleId ? `${tag.origin} · ${tag.ruleId}` : tag.origin}</td>
                  <td>{format.number(tag.customers)}</td>
                  <td>{tag.retiredAt ? t('retired', { at: format.dateTime(tag.retiredAt), reason: tag.retiredReason ?? '' }) : t('inUse')}</td>
                  <td>
                    {!tag.retiredAt && (
                      <ConfirmAction
                        label={t('retire')}
                        question={t('retireQuestion', { tag: tag.tag })}
                        withReason
                        busy={command.busy}
                        onConfirm={async (reason) => {
                          const answer = await command.run(async () =>
                            unwrap(await api.POST('/v1/tags/{tag}/retire', { params: { path: { tag: tag.tag } }, body: { reason } })),
                          );
                          if (!answer) return;
                          setReport(
                            t('retiredReport', {
                              tag: answer.tag,
                              untagged: answer.untagged.length,
                              failed: answer.failed.length,
                              remaining: answer.remaining,
                            }),
                          );
                          tags.reload();
                        }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {tags.data.items.length === 0 && <p class="empty">{t('none')}</p>}
        </div>
      )}
    </section>
  );
}
