import { page, type PageEntry } from '../shell/page.js';
import { customersMessages } from './customers/messages.js';
import { timelineMessages } from './timeline/messages.js';
import { analyticsMessages } from './analytics/messages.js';
import { reportsMessages } from './reports/messages.js';
import { reportDeliveryMessages } from './admin/report-delivery/messages.js';
import { usersMessages } from './admin/users/messages.js';
import { rolesMessages } from './admin/roles/messages.js';
import { projectionsMessages } from './admin/projections/messages.js';
import { rulesMessages } from './admin/rules/messages.js';
import { tagsMessages } from './admin/tags/messages.js';
import { sagasMessages } from './admin/sagas/messages.js';
import { webhooksMessages } from './admin/webhooks/messages.js';

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
  // Scheduled reports are a manager's as much as an admin's: a top-level entry, before the Admin section.
  page({
    path: '/report-delivery',
    messages: reportDeliveryMessages,
    navKey: 'nav',
    permissions: ['reports.subscribe'],
    load: () => import('./admin/report-delivery/report-delivery-page.js').then((m) => m.ReportDeliveryPage),
  }),
  // Admin: one menu section, a page per job.
  page({
    path: '/admin/users',
    messages: usersMessages,
    navKey: 'nav',
    section: 'section',
    permissions: ['users.manage'],
    load: () => import('./admin/users/users-page.js').then((m) => m.UsersPage),
  }),
  page({
    path: '/admin/users/:id',
    messages: usersMessages,
    permissions: ['users.manage', 'audit.read'],
    load: () => import('./admin/users/user-history-page.js').then((m) => m.UserHistoryPage),
  }),
  page({
    path: '/admin/roles',
    messages: rolesMessages,
    navKey: 'nav',
    section: 'section',
    permissions: ['roles.manage'],
    load: () => import('./admin/roles/roles-page.js').then((m) => m.RolesPage),
  }),
  page({
    path: '/admin/rules',
    messages: rulesMessages,
    navKey: 'nav',
    section: 'section',
    permissions: ['rules.manage', 'rules.history'],
    load: () => import('./admin/rules/rules-page.js').then((m) => m.RulesPage),
  }),
  // No read needs tagLibrary.manage alone, so it cannot be probed: the page shows to rule managers, and a retire
  // the role may not do is refused by the API (403, shown as such).
  page({
    path: '/admin/tags',
    messages: tagsMessages,
    navKey: 'nav',
    section: 'section',
    permissions: ['rules.manage', 'customers.read'],
    load: () => import('./admin/tags/tags-page.js').then((m) => m.TagsPage),
  }),
  page({
    path: '/admin/projections',
    messages: projectionsMessages,
    navKey: 'nav',
    section: 'section',
    permissions: ['projections.manage'],
    load: () => import('./admin/projections/projections-page.js').then((m) => m.ProjectionsPage),
  }),
  page({
    path: '/admin/sagas',
    messages: sagasMessages,
    navKey: 'nav',
    section: 'section',
    permissions: ['sagas.manage'],
    load: () => import('./admin/sagas/sagas-page.js').then((m) => m.SagasPage),
  }),
  page({
    path: '/admin/webhooks',
    messages: webhooksMessages,
    navKey: 'nav',
    section: 'section',
    permissions: ['webhooks.manage'],
    load: () => import('./admin/webhooks/webhooks-page.js').then((m) => m.WebhooksPage),
  }),
  page({
    path: '/admin/webhooks/:id',
    messages: webhooksMessages,
    permissions: ['webhooks.manage'],
    load: () => import('./admin/webhooks/deliveries-page.js').then((m) => m.DeliveriesPage),
  }),
];
