import { useLocale } from '../../shell/i18n.js';

/** How many decimals a currency's minor unit has (2 for CNY), from Intl. */
const minorDigits = (currency: string) => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** An amount in minor units (fen) in major units (yuan). */
export const majorUnits = (minor: number, currency: string) => minor / 10 ** minorDigits(currency);

/** Money, percentages and plain figures in the current language (Intl). */
export function useNumbers(): {
  yuan(value: number): string;
  money(minor: number, currency: string): string;
  percent(value: number | null): string;
  figure(value: number | null): string;
} {
  const { locale } = useLocale();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const figure = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const money = (major: number, currency: string) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(major);
  return {
    yuan: (value) => money(value, 'CNY'),
    money: (minor, currency) => money(majorUnits(minor, currency), currency),
    percent: (value) => (value === null ? '—' : percent.format(value)),
    figure: (value) => (value === null ? '—' : figure.format(value)),
  };
}
