import { page, type PageEntry } from '../shell/page.js';
import { customersMessages } from './customers/messages.js';
import { timelineMessages } from './timeline/messages.js';
import { analyticsMessages } from './analytics/messages.js';
import { reportsMessages } from './reports/messages.js';

// Every page of the console, in menu order. To add one: a folder under pages/ with its component and its own
// messages.ts, and one line here (see apps/console/README.md).
export const PAGES: readonly PageEntry[] = [
  page({
    path: '/customers',
    messages: customersMessages,
    navKey: 'nav',
    permissions: ['customers.read'],
    load: () => import('./customers/customers-page.js').then((m) => m.CustomersPage),
  }),
  page({
    path: '/customers/:id',
    messages: customersMessages,
    permissions: ['customers.read'],
    uses: ['followUps.read', 'audit.read'],
    load: () => import('./customers/customer-page.js').then((m) => m.CustomerPage),
  }),
  page({
    path: '/timeline',
    messages: timelineMessages,
    navKey: 'nav',
    permissions: ['audit.read'],
    load: () => import('./timeline/timeline-page.js').then((m) => m.TimelinePage),
  }),
  page({
    path: '/timeline/:id',
    messages: timelineMessages,
    permissions: ['audit.read'],
    load: () => import('./timeline/timeline-page.js').then((m) => m.TimelinePage),
  }),
  page({
    path: '/analytics',
    messages: analyticsMessages,
    navKey: 'nav',
    permissions: ['analytics.read'],
    load: () => import('./analytics/analytics-page.js').then((m) => m.AnalyticsPage),
  }),
  page({
    path: '/analytics/:tab',
    messages: analyticsMessages,
    permissions: ['analytics.read'],
    load: () => import('./analytics/analytics-page.js').then((m) => m.AnalyticsPage),
  }),
  page({
    path: '/churn-risk',
    messages: analyticsMessages,
    navKey: 'churnNav',
    permissions: ['churnRisk.read'],
    load: () => import('./analytics/churn-risk/churn-risk-page.js').then((m) => m.ChurnRiskPage),
  }),
  page({
    path: '/reports',
    messages: reportsMessages,
    navKey: 'nav',
    permissions: ['reports.read'],
    load: () => import('./reports/reports-page.js').then((m) => m.ReportsPage),
  }),
];
