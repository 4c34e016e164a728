import type { ChangeCustomerOwner, TagCustomer, UntagCustomer } from '../customer-commands.js';
import type { TagSource } from '../customer-vocabulary.js';
import { CUSTOMER_ID, NOW, OWNER_ID, historyIn, tagged } from './customer-fixtures.js';
import { given } from './decider-spec.js';

const tag = (tagName: string, source: TagSource = 'manual', ruleId?: string, maxTags = 10): TagCustomer => ({
  type: 'TagCustomer',
  data: ruleId === undefined ? { tag: tagName, source, maxTags } : { tag: tagName, source, ruleId, maxTags },
  now: NOW,
});
const untag = (tagName: string, source: TagSource = 'manual', ruleId?: string): UntagCustomer => ({
  type: 'UntagCustomer',
  data: ruleId === undefined ? { tag: tagName, source } : { tag: tagName, source, ruleId },
  now: NOW,
});
const changeOwner = (ownerId: string): ChangeCustomerOwner => ({ type: 'ChangeCustomerOwner', data: { ownerId }, now: NOW });

const tagsEvents = (n: number) => Array.from({ length: n }, (_, i) => tagged(`tag-${i + 1}`));

describe('Customer decider — TagCustomer', () => {
  describe('when a prospect without tags', () => {
    const history = historyIn('prospect');

    it('tags manually, without a ruleId', () => {
      given(history)
        .when(tag('vip'))
        .then([{ type: 'CustomerTagged', data: { customerId: CUSTOMER_ID, tag: 'vip', source: 'manual' } }]);
    });

    it('a rule tag records the rule that set it', () => {
      given(history)
        .when(tag('high-value', 'rule', 'rule-ltv-100k'))
        .then([{ type: 'CustomerTagged', data: { customerId: CUSTOMER_ID, tag: 'high-value', source: 'rule', ruleId: 'rule-ltv-100k' } }]);
    });
  });

  describe('when already tagged', () => {
    it.each<[string, TagSource, string | undefined]>([
      ['manually again', 'manual', undefined],
      ['by a rule', 'rule', 'rule-1'],
    ])('tagging with a present tag %s is a no-op', (_label, source, ruleId) => {
      given([...historyIn('prospect'), tagged('vip')])
        .when(tag('vip', source, ruleId))
        .thenNothingHappened();
    });

    it('a present tag is a no-op even at the limit', () => {
      given([...historyIn('prospect'), ...tagsEvents(10)])
        .when(tag('tag-3'))
        .thenNothingHappened();
    });
  });

  describe('when at 9 tags (default cap 10)', () => {
    it('accepts the 10th tag', () => {
      given([...historyIn('won'), ...tagsEvents(9)])
        .when(tag('tag-10'))
        .then([{ type: 'CustomerTagged', data: { customerId: CUSTOMER_ID, tag: 'tag-10', source: 'manual' } }]);
    });
  });

  describe('when at the 10-tag cap', () => {
    const history = [...historyIn('won'), ...tagsEvents(10)];

    it.each<[TagSource, string | undefined]>([
      ['manual', undefined],
      ['rule', 'rule-1'],
    ])('refuses an 11th %s tag with tag-limit-reached', (source, ruleId) => {
      given(history)
        .when(tag('eleventh', source, ruleId))
        .thenThrows('tag-limit-reached', 'tag');
    });

    it('accepts a new tag once one is removed', () => {
      given([...history, { type: 'CustomerUntagged', data: { customerId: CUSTOMER_ID, tag: 'tag-1', source: 'manual' } }])
        .when(tag('eleventh'))
        .then([{ type: 'CustomerTagged', data: { customerId: CUSTOMER_ID, tag: 'eleventh', source: 'manual' } }]);
    });
  });

  describe('the cap comes from the command (maxTags)', () => {
    it.each([
      [3, 2, 'accepts'],
      [3, 3, 'refuses'],
      [12, 10, 'accepts'],
      [12, 12, 'refuses'],
      [0, 0, 'refuses'],
    ] as const)('maxTags %i with %i tags: %s a new tag', (maxTags, present, verdict) => {
      const spec = given([...historyIn('prospect'), ...tagsEvents(present)]).when(tag('new', 'manual', undefined, maxTags));
      if (verdict === 'accepts') {
        spec.then([{ type: 'CustomerTagged', data: { customerId: CUSTOMER_ID, tag: 'new', source: 'manual' } }]);
      } else {
        spec.thenThrows('tag-limit-reached', 'tag');
      }
    });
  });
});

describe('Customer decider — UntagCustomer', () => {
  describe('when tagged', () => {
    const history = [...historyIn('qualified'), tagged('vip'), tagged('high-value', 'rule', 'rule-ltv-100k')];

    it('removes a manual tag', () => {
      given(history)
        .when(untag('vip'))
        .then([{ type: 'CustomerUntagged', data: { customerId: CUSTOMER_ID, tag: 'vip', source: 'manual' } }]);
    });

    it('a rule removing its tag records the rule', () => {
      given(history)
        .when(untag('high-value', 'rule', 'rule-ltv-100k'))
        .then([{ type: 'CustomerUntagged', data: { customerId: CUSTOMER_ID, tag: 'high-value', source: 'rule', ruleId: 'rule-ltv-100k' } }]);
    });

    it('refuses a tag the customer does not have with tag-not-found', () => {
      given(history).when(untag('gold')).thenThrows('tag-not-found', 'tag');
    });
  });

  describe('when not tagged', () => {
    it('refuses with tag-not-found', () => {
      given(historyIn('prospect')).when(untag('vip')).thenThrows('tag-not-found', 'tag');
    });
  });

  describe('when the tag was removed before', () => {
    it('refuses with tag-not-found', () => {
      given([...historyIn('prospect'), tagged('vip'), { type: 'CustomerUntagged', data: { customerId: CUSTOMER_ID, tag: 'vip', source: 'manual' } }])
        .when(untag('vip'))
        .thenThrows('tag-not-found', 'tag');
    });
  });
});

describe('Customer decider — ChangeCustomerOwner', () => {
  describe.each(['prospect', 'qualified', 'won', 'churned'] as const)('when %s', (status) => {
    it('hands the customer to another owner', () => {
      given(historyIn(status))
        .when(changeOwner('user-sales-2'))
        .then([{ type: 'CustomerOwnerChanged', data: { customerId: CUSTOMER_ID, from: OWNER_ID, to: 'user-sales-2' } }]);
    });

    it('refuses the same owner with owner-unchanged', () => {
      given(historyIn(status)).when(changeOwner(OWNER_ID)).thenThrows('owner-unchanged', 'ownerId');
    });
  });

  describe('after an earlier hand-over', () => {
    const history = [
      ...historyIn('prospect'),
      { type: 'CustomerOwnerChanged' as const, data: { customerId: CUSTOMER_ID, from: OWNER_ID, to: 'user-sales-2' } },
    ];

    it('compares with the current owner', () => {
      given(history).when(changeOwner('user-sales-2')).thenThrows('owner-unchanged', 'ownerId');
    });

    it('can hand back to the first owner', () => {
      given(history)
        .when(changeOwner(OWNER_ID))
        .then([{ type: 'CustomerOwnerChanged', data: { customerId: CUSTOMER_ID, from: 'user-sales-2', to: OWNER_ID } }]);
    });
  });
});
