import type { ComponentType } from 'preact';
import { useT } from '../../shell/i18n.js';
import type { PageProps } from '../../shell/page.js';
import { href } from '../../shell/router.js';
import { FunnelTab } from './funnel/funnel-tab.js';
import { IndustriesTab } from './industries/industries-tab.js';
import { LifecycleTab } from './lifecycle/lifecycle-tab.js';
import { analyticsMessages } from './messages.js';
import { RfmTab } from './rfm/rfm-tab.js';
import { ServiceTab } from './service/service-tab.js';
import { ValueTrendTab } from './value-trend/value-trend-tab.js';

type TabKey = 'funnel' | 'industries' | 'valueTrend' | 'rfm' | 'lifecycle' | 'service';
const TABS: ReadonlyArray<{ path: string; key: TabKey; Tab: ComponentType<{ query: URLSearchParams }> }> = [
  { path: 'funnel', key: 'funnel', Tab: FunnelTab },
  { path: 'industries', key: 'industries', Tab: IndustriesTab },
  { path: 'value-trend', key: 'valueTrend', Tab: ValueTrendTab },
  { path: 'rfm', key: 'rfm', Tab: RfmTab },
  { path: 'lifecycle', key: 'lifecycle', Tab: LifecycleTab },
  { path: 'service', key: 'service', Tab: ServiceTab },
];

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
