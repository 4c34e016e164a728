import type { Query } from './api.js';
import type { ApiProblem } from './problem.js';
import { useT } from './i18n.js';
import { shellMessages } from './messages.js';

/**
 * An API refusal as the user should read it: 403 is "not allowed for your role", 404 "not found / not
 * available", anything else the problem's title; the server's own detail and invalid fields beneath.
 */
export function ProblemView({ problem, onRetry }: { problem: ApiProblem; onRetry?: () => void }) {
  const t = useT(shellMessages);
  const heading = problem.status === 403 ? t('notAllowed') : problem.status === 404 ? `${t('notFound')} · ${t('notAvailable')}` : problem.title || t('problem');
  return (
    <div class="problem" role="alert" data-status={problem.status}>
      <strong>{heading}</strong>
      {problem.detail && <p>{problem.detail}</p>}
      {problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((error) => (
            <li key={error.field}>
              <code>{error.field}</code>: {error.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && problem.status >= 500 && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const t = useT(shellMessages);
  return (
    <p class="loading" aria-busy="true">
      {t('loading')}
    </p>
  );
}

/** What a page shows of a query besides its data: its problem (with a retry), and a load that has no data yet. */
export function QueryStatus({ query }: { query: Query<unknown> }) {
  return (
    <>
      {query.problem && <ProblemView problem={query.problem} onRetry={query.reload} />}
      {query.loading && !query.data && <Loading />}
    </>
  );
}
