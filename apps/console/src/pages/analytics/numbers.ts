import { useLocale } from '../../shell/i18n.js';

/** Yuan, percentages and plain figures in the current language (Intl). */
export function useNumbers(): { yuan(value: number): string; percent(value: number | null): string; figure(value: number | null): string } {
  const { locale } = useLocale();
  const yuan = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const figure = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    yuan: (value) => yuan.format(value),
    percent: (value) => (value === null ? '—' : percent.format(value)),
    figure: (value) => (value === null ? '—' : figure.format(value)),
  };
}
