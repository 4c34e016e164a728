import { useQuery } from '../../shell/api.js';
import { useGranted } from '../../shell/grants.js';
import { useFormat, useLabels, useT } from '../../shell/i18n.js';
import type { PageProps } from '../../shell/page.js';
import { unwrap } from '../../shell/problem.js';
import { Loading, ProblemView } from '../../shell/problem-view.js';
import { href } from '../../shell/router.js';
import { FollowUpsCard } from './follow-ups-card.js';
import { LifecycleCard } from './lifecycle-card.js';
import { customersMessages } from './messages.js';

/** Customer 360: GET /v1/customers/:id as the API answers it for this role (masked fields stay masked), with its follow-ups and lifecycle. */
export function CustomerPage({ params }: PageProps) {
  const id = params.id ?? '';
  const t = useT(customersMessages);
  const labels = useLabels();
  const format = useFormat();
  const mayAudit = useGranted('audit.read');
  const mayReadFollowUps = useGranted('followUps.read');
  const customer = useQuery(async (api) => unwrap(await api.GET('/v1/customers/{id}', { params: { path: { id } } })), [id]);

  if (customer.problem) return <ProblemView problem={customer.problem} onRetry={customer.reload} />;
  if (!customer.data) return <Loading />;
  const c = customer.data;
  return (
    <section data-testid="customer-360">
      <p>
        <a href={href('/customers')}>{t('back')}</a>
      </p>
      <h1>
        {c.name} <span class="badge">{labels.value('status', c.status)}</span>
      </h1>
      <p class="muted">
        {c.code} · {t('revision', { revision: c.revision })}
        {mayAudit && (
          <>
            {' · '}
            <a href={href(`/timeline/${c.id}`)}>{t('timeline')}</a>
          </>
        )}
      </p>
      <div class="cards">
        <article class="card">
          <h2>{t('profile')}</h2>
          <dl class="fields">
            <dt>{labels.field('type')}</dt>
            <dd>{labels.value('type', c.type)}</dd>
            <dt>{labels.field('industry')}</dt>
            <dd>{labels.value('industry', c.industry)}</dd>
            <dt>{labels.field('region')}</dt>
            <dd>{labels.value('region', c.region)}</dd>
            <dt>{labels.field('source')}</dt>
            <dd>{labels.value('source', c.source)}</dd>
            {c.size && (
              <>
                <dt>{labels.field('size')}</dt>
                <dd>{labels.value('size', c.size)}</dd>
              </>
            )}
            <dt>{labels.field('firstContactAt')}</dt>
            <dd>{c.firstContactAt ?? '—'}</dd>
            <dt>{labels.field('ownerId')}</dt>
            <dd>
              <code>{c.ownerId}</code>
            </dd>
            <dt>{labels.field('createdAt')}</dt>
            <dd>{format.dateTime(c.registeredAt)}</dd>
            <dt>{labels.field('lastInteractionAt')}</dt>
            <dd>{format.dateTime(c.lastInteractionAt)}</dd>
            {c.needs && (
              <>
                <dt>{labels.field('needs')}</dt>
                <dd>{c.needs}</dd>
              </>
            )}
            {c.notes && (
              <>
                <dt>{labels.field('notes')}</dt>
                <dd>{c.notes}</dd>
              </>
            )}
          </dl>
        </article>
        <article class="card">
          <h2>{t('contact')}</h2>
          <dl class="fields">
            <dt>{labels.field('contact.name')}</dt>
            <dd>{c.contact.name ?? '—'}</dd>
            <dt>{labels.field('contact.title')}</dt>
            <dd>{c.contact.title ?? '—'}</dd>
            <dt>{labels.field('contact.phone')}</dt>
            <dd data-testid="contact-phone">{c.contact.phone ?? '—'}</dd>
            <dt>{labels.field('contact.email')}</dt>
            <dd data-testid="contact-email">{c.contact.email ?? '—'}</dd>
          </dl>
          <h2>{t('tags')}</h2>
          <ul class="tags" data-testid="tags">
            {c.tags.map((tag) => (
              <li key={tag.tag}>
                <span class="badge">{tag.tag}</span> {tag.source === 'rule' ? t('setBy', { rule: tag.ruleId ?? '?' }) : t('manual')}
              </li>
            ))}
          </ul>
        </article>
        <article class="card">
          <h2>{t('value')}</h2>
          {c.value ? (
            <dl class="fields">
              <dt>{labels.field('valueTier')}</dt>
              <dd>{labels.value('valueTier', c.value.tier)}</dd>
              <dt>{t('spend')}</dt>
              <dd>
                {format.number(c.value.trailing12MonthSpend)} {c.value.currency}
              </dd>
              <dt>{t('orders')}</dt>
              <dd>{c.value.orderCount}</dd>
              <dt>{t('lastOrder')}</dt>
              <dd>{format.dateTime(c.value.lastOrderAt)}</dd>
            </dl>
          ) : (
            <p class="empty">{t('hidden')}</p>
          )}
          <h2>{t('churnRisk')}</h2>
          {c.churnRisk ? (
            <div data-testid="churn-risk">
              <span class={`badge ${c.churnRisk.level === 'high' ? 'bad' : c.churnRisk.level === 'medium' ? 'warn' : 'ok'}`}>
                {labels.value('churnRiskLevel', c.churnRisk.level)}
              </span>{' '}
              {t('score', { score: c.churnRisk.score })}
              {c.churnRisk.reasons.length > 0 && (
                <ul>
                  {c.churnRisk.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
            </div>
          ) : (
            <p class="empty">—</p>
          )}
        </article>
        <LifecycleCard id={c.id} />
      </div>
      <h2>{t('followUps')}</h2>
      <p class="muted">
        {t('lastFollowUp')}: {format.dateTime(c.lastFollowUpAt)}
        {c.lastFollowUpResult && ` · ${labels.value('followUpResult', c.lastFollowUpResult)}`}
        {c.nextFollowUpAt && ` · ${t('nextFollowUp')}: ${format.dateTime(c.nextFollowUpAt)}`}
      </p>
      {mayReadFollowUps && <FollowUpsCard id={c.id} />}
    </section>
  );
}
