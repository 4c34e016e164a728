import { customerCodePrefix, formatCustomerCode, industryAbbreviation, isValidCustomerCode } from '../customer-code.js';
import { DEFAULT_INDUSTRIES } from '../customer-vocabulary.js';

// SPEC §3: `<REGION>-<INDUSTRY>-<YYYY>-<NNN>` (e.g. HB-IT-2024-001); given codes must match ^[A-Z]{2,4}-[A-Z]{2,4}-\d{4}-\d{3,}$
describe('customer code', () => {
  it('HB + internet + 2024, sequence 1 → HB-IT-2024-001', () => {
    expect(formatCustomerCode(customerCodePrefix('HB', 'internet', 2024), 1)).toBe('HB-IT-2024-001');
  });

  it.each([
    ['internet', 'IT'],
    ['manufacturing', 'MF'],
    ['retail', 'RT'],
    ['finance', 'FN'],
    ['education', 'ED'],
    ['healthcare', 'HC'],
    ['logistics', 'LG'],
    ['government', 'GV'],
    ['other', 'OT'],
  ])('abbreviates %s as %s', (industry, abbreviation) => {
    expect(industryAbbreviation(industry)).toBe(abbreviation);
  });

  it('gives every default industry a distinct abbreviation', () => {
    const abbreviations = DEFAULT_INDUSTRIES.map(industryAbbreviation);
    expect(new Set(abbreviations).size).toBe(DEFAULT_INDUSTRIES.length);
  });

  it.each([
    ['agriculture', 'AGR'],
    ['e-commerce', 'ECO'],
    ['ai', 'AI'],
    ['x', 'XX'],
    ['', 'XX'],
  ])('abbreviates a configured industry %p as %p', (industry, abbreviation) => {
    expect(industryAbbreviation(industry)).toBe(abbreviation);
  });

  it.each([
    ['HD', 'retail', 2023, 'HD-RT-2023'],
    ['HN', 'finance', 2025, 'HN-FN-2025'],
    ['XBEI', 'agriculture', 2024, 'XBEI-AGR-2024'],
  ])('prefix of %s/%s/%i is %s', (region, industry, year, prefix) => {
    expect(customerCodePrefix(region, industry, year)).toBe(prefix);
  });

  it.each([
    [1, 'HB-IT-2024-001'],
    [9, 'HB-IT-2024-009'],
    [42, 'HB-IT-2024-042'],
    [999, 'HB-IT-2024-999'],
    [1000, 'HB-IT-2024-1000'],
    [123456, 'HB-IT-2024-123456'],
  ])('pads sequence %i to at least 3 digits: %s', (sequence, code) => {
    expect(formatCustomerCode('HB-IT-2024', sequence)).toBe(code);
  });

  it.each([
    ['HB', 'internet'],
    ['HD', 'agriculture'],
    ['XBEI', 'e-commerce'],
    ['HN', 'x'],
  ])('generated codes (%s/%s) pass validation', (region, industry) => {
    expect(isValidCustomerCode(formatCustomerCode(customerCodePrefix(region, industry, 2024), 7))).toBe(true);
  });

  it.each(['HB-IT-2024-001', 'HBEI-MFG-1999-0001', 'AB-CD-2030-123456'])('accepts %s', (code) => {
    expect(isValidCustomerCode(code)).toBe(true);
  });

  it.each([
    ['lowercase region', 'hb-IT-2024-001'],
    ['1-letter region', 'H-IT-2024-001'],
    ['5-letter region', 'HBEIX-IT-2024-001'],
    ['5-letter industry', 'HB-ITXXX-2024-001'],
    ['2-digit year', 'HB-IT-24-001'],
    ['5-digit year', 'HB-IT-20245-001'],
    ['2-digit sequence', 'HB-IT-2024-01'],
    ['missing sequence', 'HB-IT-2024'],
    ['digits in region', 'H1-IT-2024-001'],
    ['underscore separators', 'HB_IT_2024_001'],
    ['trailing text', 'HB-IT-2024-001x'],
    ['leading space', ' HB-IT-2024-001'],
    ['trailing newline', 'HB-IT-2024-001\n'],
    ['empty', ''],
  ])('rejects %s (%p)', (_label, code) => {
    expect(isValidCustomerCode(code)).toBe(false);
  });
});
