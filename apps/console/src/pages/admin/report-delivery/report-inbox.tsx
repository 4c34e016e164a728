import { useApi, useQuery } from '../../../shell/api.js';
import { useFormat, useT } from '../../../shell/i18n.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView, QueryStatus } from '../../../shell/problem-view.js';
import { useCommand } from '../common/use-command.js';
import { saveFile } from '../../../shell/save-file.js';
import { reportDeliveryMessages } from './messages.js';

/** GET /v1/report-inbox: the reports delivered to the signed-in user, each downloadable as it was delivered. */
export function ReportInbox({ round }: { round: number }) {
  const t = useT(reportDeliveryMessages);
  const format = useFormat();
  const api = useApi();
  const command = useCommand();
  const inbox = useQuery(async (api) => unwrap(await api.GET('/v1/report-inbox')), [round]);
  return (
    <>
      {command.problem && <ProblemView problem={command.problem} />}
      <QueryStatus query={inbox} />
      {inbox.data && (
        <div class="table-wrap">
          <table data-testid="report-inbox">
            <thead>
              <tr>
                <th>{t('report')}</th>
                <th>{t('period')}</th>
                <th>{t('generatedAt')}</th>
                <th>{t('file')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {inbox.data.items.map((item) => (
                <tr key={item.id} data-inbox={item.id}>
                  <td>{item.report}</td>
                  <td>{item.period}</td>
                  <td>{format.dateTime(item.generatedAt)}</td>
                  <td>{item.filename}</td>
                  <td>
                    <button
                      type="button"
                      disabled={command.busy}
                      onClick={async () => {
                        const blob = await command.run(async () =>
                          unwrap(await api.GET('/v1/report-inbox/{id}/download', { params: { path: { id: item.id } }, parseAs: 'blob' })),
                        );
                        if (blob) saveFile(blob, item.filename);
                      }}
                    >
                      {t('download')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {inbox.data.items.length === 0 && <p class="empty">{t('noInbox')}</p>}
        </div>
      )}
    </>
  );
}
