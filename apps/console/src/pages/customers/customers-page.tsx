import { useState } from 'preact/hooks';
import type { ApiSchemas } from '#api-client';
import { useQuery } from '../../shell/api.js';
import { useFormat, useLabels, useT } from '../../shell/i18n.js';
import type { PageProps } from '../../shell/page.js';
import { unwrap } from '../../shell/problem.js';
import { QueryStatus } from '../../shell/problem-view.js';
import { href, navigate } from '../../shell/router.js';
import { customersMessages } from './messages.js';

type Status = ApiSchemas['CustomerListItemDto']['status'];
const STATUSES: readonly Status[] = ['prospect', 'qualified', 'won', 'churned'];
const FILTERS = ['q', 'status', 'tag', 'ownerId'] as const;

/** GET /v1/customers with the filters in the URL, a page at a time (the API's keyset cursor). */
export function CustomersPage({ query }: PageProps) {
  const t = useT(customersMessages);
  const labels = useLabels();
  const format = useFormat();
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const cursor = query.get('cursor') ?? undefined;
  const [draft, setDraft] = useState(filters);
  const list = useQuery(
    async (api) =>
      unwrap(
        await api.GET('/v1/customers', {
          params: {
            query: {
              limit: 20,
              ...(filters.q ? { q: filters.q } : {}),
              ...(filters.status ? { status: filters.status as Status } : {}),
              ...(filters.tag ? { tag: filters.tag } : {}),
              ...(filters.ownerId ? { ownerId: filters.ownerId } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      ),
    [filters.q, filters.status, filters.tag, filters.ownerId, cursor],
  );

  return (
    <section>
      <h1>{t('title')}</h1>
      <form
        class="toolbar"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate('/customers', draft);
        }}
      >
        <label title={t('searchHint')}>
          {t('search')}
          <input name="q" type="search" value={draft.q} onInput={(e) => setDraft({ ...draft, q: e.currentTarget.value })} />
        </label>
        <label>
          {t('status')}
          <select name="status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value })}>
            <option value="">{t('anyStatus')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {labels.value('status', status)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tag')}
          <input name="tag" value={draft.tag} onInput={(e) => setDraft({ ...draft, tag: e.currentTarget.value })} />
        </label>
        <label>
          {t('owner')}
          <input name="ownerId" value={draft.ownerId} onInput={(e) => setDraft({ ...draft, ownerId: e.currentTarget.value })} />
        </label>
        <button type="submit" class="primary">
          {t('apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft({ q: '', status: '', tag: '', ownerId: '' });
            navigate('/customers');
          }}
        >
          {t('clear')}
        </button>
      </form>
      <QueryStatus query={list} />
      {list.data && (
        <>
          <div class="table-wrap">
            <table data-testid="customer-list">
              <thead>
                <tr>
                  <th>{labels.field('code')}</th>
                  <th>{labels.field('name')}</th>
                  <th>{labels.field('status')}</th>
                  <th>{labels.field('industry')}</th>
                  <th>{labels.field('contact.phone')}</th>
                  <th>{labels.field('contact.email')}</th>
                  <th>{labels.field('tags')}</th>
                  <th>{t('valueTier')}</th>
                  <th>{t('churnRisk')}</th>
                  <th>{t('lastInteraction')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((customer) => (
                  <tr key={customer.id}>
                    <td>{customer.code}</td>
                    <td>
                      <a href={href(`/customers/${customer.id}`)}>{customer.name}</a>
                    </td>
                    <td>{labels.value('status', customer.status)}</td>
                    <td>{labels.value('industry', customer.industry)}</td>
                    <td>{customer.contact.phone ?? '—'}</td>
                    <td>{customer.contact.email ?? '—'}</td>
                    <td>
                      {customer.tags.map((tag) => (
                        <span key={tag.tag} class="badge">
                          {tag.tag}
                        </span>
                      ))}
                    </td>
                    <td>{customer.value ? labels.value('valueTier', customer.value.tier) : '—'}</td>
                    <td>{customer.churnRisk ? labels.value('churnRiskLevel', customer.churnRisk.level) : '—'}</td>
                    <td>{format.dateTime(customer.lastInteractionAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data.items.length === 0 && <p class="empty">{t('none')}</p>}
          <div class="pager">
            {cursor && <a href={href('/customers', filters)}>{t('first')}</a>}
            {list.data.nextCursor && <a href={href('/customers', { ...filters, cursor: list.data.nextCursor })}>{t('next')}</a>}
          </div>
        </>
      )}
    </section>
  );
}
