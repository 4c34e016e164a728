// Examples for the main journeys (register → follow up → change status → list → profile → funnel → history).

const CUSTOMER_ID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const OWNER_ID = '0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d';

export const COMMAND_RESULT_EXAMPLE = { id: CUSTOMER_ID, revision: 0, position: 1042 };

export const REGISTER_CUSTOMER_EXAMPLES = {
  enterprise: {
    summary: 'An enterprise met at a trade fair',
    value: {
      name: '华北精密机械有限公司',
      type: 'enterprise',
      contact: { name: '张三', title: '采购经理', phone: '13812345678', email: 'zhang.san@example.com' },
      industry: 'manufacturing',
      region: 'HB',
      source: 'exhibition',
      size: 'medium',
      firstContactAt: '2024-03-01',
      needs: '年度设备维护合同',
    },
  },
};

export const RECORD_FOLLOW_UP_EXAMPLES = {
  quoteSent: {
    summary: 'A call that ended with a quote',
    value: { method: 'phone', content: '电话沟通报价细节', result: 'interested', outcomes: ['quote_sent'], nextFollowUpAt: '2024-06-20T09:00:00.000Z' },
  },
};

export const CHANGE_STATUS_EXAMPLES = { qualify: { summary: 'Qualify a prospect', value: { to: 'qualified', reason: 'budget confirmed' } } };

export const LOGIN_EXAMPLES = { admin: { summary: 'Sign in', value: { username: 'admin', password: 'correct horse battery staple' } } };

const CUSTOMER_LIST_ITEM_EXAMPLE = {
  id: CUSTOMER_ID,
  code: 'HB-MFG-2024-001',
  name: '华北精密机械有限公司',
  type: 'enterprise',
  contact: { name: '张三', title: '采购经理', phone: '138****5678', email: 'z***@example.com' },
  industry: 'manufacturing',
  region: 'HB',
  source: 'exhibition',
  status: 'qualified',
  ownerId: OWNER_ID,
  tags: [{ tag: 'pending-deal', source: 'rule', ruleId: 'pending-deal' }],
  revision: 2,
  registeredAt: '2024-06-01T08:00:00.000Z',
  updatedAt: '2024-06-15T10:00:00.000Z',
  lastInteractionAt: '2024-06-15T10:00:00.000Z',
  value: { trailing12MonthSpend: 0, currency: 'CNY', orderCount: 0, tier: 'low' },
  churnRisk: { score: 10, level: 'low', reasons: [] },
};

export const CUSTOMER_PAGE_EXAMPLE = { items: [CUSTOMER_LIST_ITEM_EXAMPLE], nextCursor: null };

export const CUSTOMER_DETAIL_EXAMPLE = {
  ...CUSTOMER_LIST_ITEM_EXAMPLE,
  size: 'medium',
  firstContactAt: '2024-03-01',
  needs: '年度设备维护合同',
  statusChangedAt: '2024-06-15T10:00:00.000Z',
  followUpCount: 1,
  lastFollowUpAt: '2024-06-15T10:00:00.000Z',
  lastFollowUpResult: 'interested',
  nextFollowUpAt: '2024-06-20T09:00:00.000Z',
};

export const FUNNEL_EXAMPLE = {
  from: '2024-01-01',
  to: '2024-07-01',
  groupBy: 'industry',
  groups: [
    {
      key: 'manufacturing',
      registered: 40,
      reached: { prospect: 40, qualified: 18, won: 7, churned: 3 },
      conversion: { prospectToQualified: 0.45, qualifiedToWon: 0.3889, prospectToWon: 0.175 },
      medianDays: { prospectToQualified: 12, qualifiedToWon: 30, prospectToWon: 41 },
      current: { prospect: 20, qualified: 10, won: 7, churned: 3 },
    },
  ],
};

export const HISTORY_EXAMPLE = {
  items: [
    {
      id: '9a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9',
      type: 'CustomerStatusChanged',
      revision: 2,
      position: 1044,
      data: { customerId: CUSTOMER_ID, from: 'prospect', to: 'qualified', reason: 'budget confirmed' },
      metadata: {
        actorId: OWNER_ID,
        actorRole: 'sales',
        correlationId: 'c0ffee00-0000-4000-8000-000000000001',
        causationId: 'c0ffee00-0000-4000-8000-000000000001',
        occurredAt: '2024-06-15T10:00:00.000Z',
        recordedAt: '2024-06-15T10:00:00.012Z',
        schemaVersion: 1,
        prevHash: '5e88…',
        hash: '8d96…',
      },
    },
  ],
  nextRevision: null,
};
