import type { UpdateCustomerProfile } from '../customer-commands.js';
import { DEFAULT_INDUSTRIES, type CustomerProfile } from '../customer-vocabulary.js';
import { CUSTOMER_ID, DAY, MINUTE, NOW, after, before, customerRegistered, historyIn, registrationData } from './customer-fixtures.js';
import { given } from './decider-spec.js';

const registered = registrationData();

const update = (changes: Partial<CustomerProfile>, now: Date = NOW): UpdateCustomerProfile => ({
  type: 'UpdateCustomerProfile',
  data: { changes, industries: DEFAULT_INDUSTRIES },
  now,
});
const profileUpdated = (changes: Partial<CustomerProfile>) => ({
  type: 'CustomerProfileUpdated' as const,
  data: { customerId: CUSTOMER_ID, changes },
});

describe('Customer decider — UpdateCustomerProfile', () => {
  describe('when a prospect', () => {
    const history = historyIn('prospect');

    it('records only the fields that changed', () => {
      given(history)
        .when(update({ name: 'Hubei Cloud Group', region: 'HB', industry: 'internet', notes: 'moved HQ' }))
        .then([profileUpdated({ name: 'Hubei Cloud Group', notes: 'moved HQ' })]);
    });

    it.each<[string, Partial<CustomerProfile>]>([
      ['an identical name', { name: registered.name }],
      ['identical values for several fields', { name: registered.name, type: registered.type, size: registered.size, source: registered.source }],
      ['an identical contact', { contact: registered.contact }],
      ['no fields at all', {}],
      ['only undefined fields', { notes: undefined, needs: undefined }],
    ])('produces no events for %s', (_label, changes) => {
      given(history).when(update(changes)).thenNothingHappened();
    });

    // SPEC §4: CustomerProfileUpdated carries only changed fields. The same contact written with its keys in
    // another order (as any JSON body may) is not a change.
    it('produces no events for an identical contact whose keys come in another order', () => {
      const { name, title, phone, email } = registered.contact;
      given(history)
        .when(update({ contact: { email, phone, title, name } }))
        .thenNothingHappened();
    });

    it('replaces the contact as a whole when it changes', () => {
      given(history)
        .when(update({ contact: { email: 'new@example.com' } }))
        .then([profileUpdated({ contact: { email: 'new@example.com' } })]);
    });

    it('re-checks the contact rule against the merged profile', () => {
      given(history)
        .when(update({ contact: { name: 'Li Lei' } }))
        .thenThrows('invalid-value', 'contact');
    });

    it('re-checks the size rule: an enterprise with a size cannot silently become an individual', () => {
      given(history)
        .when(update({ type: 'individual' }))
        .thenThrows('invalid-value', 'size');
    });

    it('refuses a size for an individual', () => {
      given([customerRegistered({ type: 'individual', size: undefined })])
        .when(update({ size: 'large' }))
        .thenThrows('invalid-value', 'size');
    });

    it('accepts a size change for an enterprise', () => {
      given(history)
        .when(update({ size: 'large' }))
        .then([profileUpdated({ size: 'large' })]);
    });

    it('accepts a firstContactAt in the past', () => {
      const firstContactAt = before(DAY * 30).toISOString();
      given(history)
        .when(update({ firstContactAt }))
        .then([profileUpdated({ firstContactAt })]);
    });

    it('refuses a firstContactAt in the future', () => {
      given(history)
        .when(update({ firstContactAt: after(MINUTE).toISOString() }))
        .thenThrows('invalid-time', 'firstContactAt');
    });

    it('does not re-check an unchanged firstContactAt against the command clock', () => {
      // firstContactAt 2024-06-01 was valid at registration; a command clocked earlier must not trip over it.
      given(history)
        .when(update({ notes: 'x' }, new Date('2024-05-01T00:00:00.000Z')))
        .then([profileUpdated({ notes: 'x' })]);
    });

    // Only profile fields may be changed by a profile update (PROFILE_FIELDS); status, owner and tags have
    // their own commands and rules. A request smuggling them in must not bypass the lifecycle.
    it('does not let a profile update change status, owner or code', () => {
      const smuggled = { notes: 'x', status: 'won', ownerId: 'user-evil', code: 'XX-XX-2024-999' } as Partial<CustomerProfile>;
      given(history)
        .when(update(smuggled))
        .then([profileUpdated({ notes: 'x' })]);
    });
  });

  describe.each(['qualified', 'won', 'churned'] as const)('when %s', (status) => {
    it('updates the profile whatever the status', () => {
      given(historyIn(status))
        .when(update({ needs: 'ERP integration' }))
        .then([profileUpdated({ needs: 'ERP integration' })]);
    });
  });

  describe('after an earlier update', () => {
    it('compares with the updated state, not the registration', () => {
      given([...historyIn('prospect'), profileUpdated({ name: 'Renamed Ltd' })])
        .when(update({ name: 'Renamed Ltd' }))
        .thenNothingHappened();
    });

    it('records a change back to the original value', () => {
      given([...historyIn('prospect'), profileUpdated({ name: 'Renamed Ltd' })])
        .when(update({ name: registered.name }))
        .then([profileUpdated({ name: registered.name })]);
    });
  });
});
