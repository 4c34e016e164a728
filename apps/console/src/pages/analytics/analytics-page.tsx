import type { ComponentType } from 'preact';
import { useT } from '../../shell/i18n.js';
import type { PageProps } from '../../shell/page.js';
import { href } from '../../shell/router.js';
import { FunnelTab } from './funnel/funnel-tab.js';
import { analyticsMessages } from './messages.js';

type TabKey = 'funnel';
const TABS: ReadonlyArray<{ path: string; key: TabKey; Tab: ComponentType<{ query: URLSearchParams }> }> = [{ path: 'funnel', key: 'funnel', Tab: FunnelTab }];

/** The analytics of seed 000 as tabs of one page: /analytics/<tab>, the funnel first. */
export function AnalyticsPage({ params, query }: PageProps) {
  const t = useT(analyticsMessages);
  const current = TABS.find((tab) => tab.path === params.tab) ?? TABS[0];
  if (!current) return null;
  const { Tab } = current;
  return (
    <section>
      <h1>{t('title')}</h1>
      <nav class="tabs" aria-label={t('tabs')}>
        {TABS.map((tab) => (
          <a key={tab.path} href={href(`/analytics/${tab.path}`)} aria-current={tab === current ? 'page' : undefined}>
            {t(tab.key)}
          </a>
        ))}
      </nav>
      <Tab query={query} />
    </section>
  );
}
