import { ERASED } from '#domain';
import type { PersonalDataView } from '../access-rules.js';
import { contactAsSeen, maskEmail, maskPhone, redactEventData } from '../personal-data-masking.js';

const CLEAR: PersonalDataView = { contact: 'clear', sensitive: false };
const MASKED: PersonalDataView = { contact: 'masked', sensitive: false };
const EVERYTHING: PersonalDataView = { contact: 'clear', sensitive: true };

describe('personal data masking', () => {
  it.each`
    phone            | masked
    ${'13812345678'} | ${'138****5678'}
    ${'1234567'}     | ${'*******'}
    ${'12345678'}    | ${'123****5678'}
  `('masks phone $phone as $masked', ({ phone, masked }) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each`
    email                  | masked
    ${'zhang@example.com'} | ${'z***@example.com'}
    ${'@example.com'}      | ${'***'}
    ${'not-an-email'}      | ${'***'}
  `('masks email $email as $masked', ({ email, masked }) => {
    expect(maskEmail(email)).toBe(masked);
  });

  it.each`
    view      | shown
    ${CLEAR}  | ${{ name: 'Li', phone: '13812345678', email: 'li@example.com' }}
    ${MASKED} | ${{ name: 'Li', phone: '138****5678', email: 'l***@example.com' }}
  `('shows a contact as the view allows: $view.contact', ({ view, shown }) => {
    expect(contactAsSeen({ name: 'Li', phone: '13812345678', email: 'li@example.com' }, view as PersonalDataView)).toEqual(shown);
  });

  it('leaves erased values as they are', () => {
    expect(contactAsSeen({ phone: ERASED, email: ERASED }, MASKED)).toEqual({ phone: ERASED, email: ERASED });
  });

  describe('event data', () => {
    const registration = { name: 'Hubei Cloud', contact: { phone: '13812345678' }, sensitive: { idNumber: '420100199001011234' } };
    const update = { changes: { contact: { email: 'li@example.com' }, sensitive: { idNumber: '420100199001011234' } } };

    it.each`
      view          | data            | redacted
      ${EVERYTHING} | ${registration} | ${registration}
      ${MASKED}     | ${registration} | ${{ name: 'Hubei Cloud', contact: { phone: '138****5678' } }}
      ${CLEAR}      | ${registration} | ${{ name: 'Hubei Cloud', contact: { phone: '13812345678' } }}
      ${EVERYTHING} | ${update}       | ${update}
      ${MASKED}     | ${update}       | ${{ changes: { contact: { email: 'l***@example.com' } } }}
    `('redacts as the view allows: contact $view.contact, sensitive $view.sensitive', ({ view, data, redacted }) => {
      expect(redactEventData(data as Record<string, unknown>, view as PersonalDataView)).toEqual(redacted);
    });
  });
});
