import { CUSTOMER_CODE_PATTERN } from './customer-vocabulary.js';

// Two-letter industry abbreviations used in generated codes (`HB-IT-2024-001`).
const INDUSTRY_ABBREVIATIONS: Record<string, string> = {
  internet: 'IT',
  manufacturing: 'MF',
  retail: 'RT',
  finance: 'FN',
  education: 'ED',
  healthcare: 'HC',
  logistics: 'LG',
  government: 'GV',
  other: 'OT',
};

/** Abbreviation of an industry; a configured industry outside the default list uses its first letters. */
export function industryAbbreviation(industry: string): string {
  return (
    INDUSTRY_ABBREVIATIONS[industry] ??
    industry
      .replace(/[^a-z]/gi, '')
      .slice(0, 3)
      .toUpperCase()
      .padEnd(2, 'X')
  );
}

/** `<REGION>-<INDUSTRY>-<YYYY>`: the prefix whose sequence numbers a generated code. */
export function customerCodePrefix(region: string, industry: string, year: number): string {
  return `${region}-${industryAbbreviation(industry)}-${year}`;
}

export function formatCustomerCode(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(3, '0')}`;
}

export function isValidCustomerCode(code: string): boolean {
  return CUSTOMER_CODE_PATTERN.test(code);
}
