import { useState } from 'preact/hooks';
import { useQuery } from '../../shell/api.js';
import { useFormat, useT } from '../../shell/i18n.js';
import type { PageProps } from '../../shell/page.js';
import { unwrap } from '../../shell/problem.js';
import { Loading, ProblemView } from '../../shell/problem-view.js';
import { navigate } from '../../shell/router.js';
import { AsOfDiff } from './as-of-diff.js';
import { instantOf, pointKey, type AsOfPoint } from './as-of-point.js';
import { AsOfTable } from './as-of-table.js';
import { EventList } from './event-list.js';
import { ExportButton } from './export-button.js';
import { loadHistory } from './load-history.js';
import { timelineMessages } from './messages.js';
import { VerifyBadge } from './verify-badge.js';

/** The auditor's page: /timeline asks for a customer id, /timeline/:id shows its history with time travel. */
export function TimelinePage({ params }: PageProps) {
  return params.id ? <CustomerTimeline id={params.id} /> : <OpenCustomer />;
}

function OpenCustomer() {
  const t = useT(timelineMessages);
  const [id, setId] = useState('');
  return (
    <section>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form
        class="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          if (id.trim()) navigate(`/timeline/${encodeURIComponent(id.trim())}`);
        }}
      >
        <label>
          {t('customerId')}
          <input name="customerId" size={40} required value={id} onInput={(e) => setId(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          {t('open')}
        </button>
      </form>
    </section>
  );
}

function useAsOf(id: string, point: AsOfPoint | undefined) {
  return useQuery(
    async (api) => (point ? unwrap(await api.GET('/v1/customers/{id}/as-of', { params: { path: { id }, query: point } })) : undefined),
    [id, pointKey(point)],
  );
}

function CustomerTimeline({ id }: { id: string }) {
  const t = useT(timelineMessages);
  const format = useFormat();
  const history = useQuery((api) => loadHistory(api, id), [id]);
  const [chosen, setChosen] = useState<AsOfPoint | undefined>();
  const [compare, setCompare] = useState<AsOfPoint | undefined>();
  const [instant, setInstant] = useState('');
  const [compareInstant, setCompareInstant] = useState('');

  const items = history.data ?? [];
  const last = items.at(-1)?.revision;
  const point = chosen ?? (last === undefined ? undefined : { revision: last });
  const shown = useAsOf(id, point);
  const compared = useAsOf(id, compare);

  if (history.problem) return <ProblemView problem={history.problem} onRetry={history.reload} />;
  if (!history.data) return <Loading />;
  const current = shown.data?.revision;
  const index = Math.max(
    0,
    items.findIndex((item) => item.revision === current),
  );
  const event = items[index];
  const pointText = (p: AsOfPoint | undefined) => (!p ? '' : 'revision' in p ? t('asOfRevision', { revision: p.revision }) : format.dateTime(p.at));

  return (
    <section data-testid="timeline">
      <h1>
        {t('title')}: {shown.data?.name ?? id}
      </h1>
      <div class="toolbar">
        <VerifyBadge id={id} />
        <ExportButton id={id} />
      </div>

      <h2>{t('timeTravel')}</h2>
      <div class="time-travel">
        <input
          type="range"
          aria-label={t('slider')}
          min={0}
          max={Math.max(0, items.length - 1)}
          step={1}
          value={index}
          onInput={(e) => {
            const picked = items[Number(e.currentTarget.value)];
            if (picked) setChosen({ revision: picked.revision });
          }}
        />
        {event && (
          <span data-testid="slider-position">
            {t('atEvent', { n: index + 1, count: items.length, type: event.type })} · {format.dateTime(event.metadata.occurredAt)}
          </span>
        )}
      </div>
      <form
        class="time-travel"
        onSubmit={(e) => {
          e.preventDefault();
          const at = instantOf(instant);
          if (at) setChosen({ at });
        }}
      >
        <label>
          {t('asRecordedAt')} <input type="datetime-local" name="at" step={1} value={instant} onInput={(e) => setInstant(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('show')}</button>
        <button
          type="button"
          onClick={() => {
            setInstant('');
            setChosen(undefined);
          }}
        >
          {t('latest')}
        </button>
      </form>

      <div class="cards">
        <article class="card">
          <h2>{t('asOf', { point: pointText(point) })}</h2>
          {shown.problem && <ProblemView problem={shown.problem} />}
          {shown.data && <AsOfTable view={shown.data} />}
        </article>
        <article class="card">
          <h2>{t('compare')}</h2>
          <form
            class="toolbar"
            onSubmit={(e) => {
              e.preventDefault();
              const at = instantOf(compareInstant);
              if (at) setCompare({ at });
            }}
          >
            <input
              type="datetime-local"
              name="compareAt"
              aria-label={t('compare')}
              step={1}
              value={compareInstant}
              onInput={(e) => setCompareInstant(e.currentTarget.value)}
            />
            <button type="submit">{t('show')}</button>
            {current !== undefined && current > 0 && (
              <button type="button" onClick={() => setCompare({ revision: current - 1 })}>
                {t('compareBefore')}
              </button>
            )}
          </form>
          {compared.problem && <ProblemView problem={compared.problem} />}
          {!compare && <p class="empty">{t('compareNone')}</p>}
          {compare && compared.data && shown.data && (
            <>
              <h3>{t('diff', { from: pointText(compare), to: pointText(point) })}</h3>
              <AsOfDiff then={compared.data} now={shown.data} />
            </>
          )}
        </article>
      </div>

      <h2>{t('history', { count: items.length })}</h2>
      <EventList items={items} current={current} onPick={(revision) => setChosen({ revision })} />
    </section>
  );
}
