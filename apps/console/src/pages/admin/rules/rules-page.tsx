import { useQuery } from '../../../shell/api.js';
import { useFormat, useT } from '../../../shell/i18n.js';
import type { PageProps } from '../../../shell/page.js';
import { unwrap } from '../../../shell/problem.js';
import { ProblemView, QueryStatus } from '../../../shell/problem-view.js';
import { EvaluateForm } from './evaluate-form.js';
import { rulesMessages } from './messages.js';
import { RuleRow } from './rule-row.js';

/** GET /v1/admin/rules (editable settings), /v1/admin/rules/history (every version), and an evaluation on demand. */
export function RulesPage(_props: PageProps) {
  const t = useT(rulesMessages);
  const format = useFormat();
  const rules = useQuery(async (api) => unwrap(await api.GET('/v1/admin/rules')), []);
  const history = useQuery(async (api) => unwrap(await api.GET('/v1/admin/rules/history')), []);
  const reload = () => {
    rules.reload();
    history.reload();
  };
  return (
    <section>
      <h1>{t('title')}</h1>
      <QueryStatus query={rules} />
      {rules.data && (
        <div class="table-wrap">
          <table data-testid="rule-list">
            <thead>
              <tr>
                <th>{t('rule')}</th>
                <th>{t('enabled')}</th>
                <th>{t('tag')}</th>
                <th>{t('threshold')}</th>
                <th>{t('windowDays')}</th>
                <th>{t('version')}</th>
                <th>{t('updated')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rules.data.items.map((rule) => (
                <RuleRow key={rule.id} rule={rule} onSaved={reload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('evaluateTitle')}</h2>
      <EvaluateForm />
      <h2>{t('history')}</h2>
      {history.problem && <ProblemView problem={history.problem} onRetry={history.reload} />}
      {history.data && (
        <div class="table-wrap">
          <table data-testid="rule-history">
            <thead>
              <tr>
                <th>{t('rule')}</th>
                <th>{t('version')}</th>
                <th>{t('changes')}</th>
                <th>{t('changedAt')}</th>
                <th>{t('changedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {[...history.data.items].reverse().map((change) => (
                <tr key={`${change.ruleId}:${change.version}`}>
                  <td>
                    <code>{change.ruleId}</code>
                  </td>
                  <td>{change.version}</td>
                  <td>
                    <code class="json">{JSON.stringify(change.changes)}</code>
                  </td>
                  <td>{format.dateTime(change.changedAt)}</td>
                  <td>{change.changedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {history.data.items.length === 0 && <p class="empty">{t('noHistory')}</p>}
        </div>
      )}
    </section>
  );
}
