import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import { labelLocaleOf, valueLabel, fieldLabel, type LabelLocale, type LabelledField, type LabelledList } from '#domain';

/** The console's languages: those of the server's label table (libs/domain/src/customer/customer-labels.ts). */
export type Locale = LabelLocale;
export const LOCALES: readonly Locale[] = ['en', 'zh-Hans', 'zh-Hant'];

/**
 * A page's own dictionary: English and simplified Chinese for every key; traditional Chinese where it
 * differs (a key missing there reads as simplified).
 */
export interface Messages<K extends string> {
  en: Record<K, string>;
  zh: Record<K, string>;
  'zh-Hant'?: Partial<Record<K, string>>;
}

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

/** `{name}` placeholders filled from `vars`. */
function fill(text: string, vars?: Record<string, string | number>): string {
  return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
}

export function translate<K extends string>(messages: Messages<K>, locale: Locale, key: K, vars?: Record<string, string | number>): string {
  const text = locale === 'en' ? messages.en[key] : ((locale === 'zh-Hant' ? messages['zh-Hant']?.[key] : undefined) ?? messages.zh[key]);
  return fill(text ?? key, vars);
}

const STORAGE_KEY = 'dossier.console.locale';

/** The switch's choice if one was made, else the browser's languages: zh-TW/HK/MO/Hant → traditional, other zh → simplified, else English. */
function initialLocale(): Locale {
  const chosen = localStorage.getItem(STORAGE_KEY);
  if (chosen && (LOCALES as readonly string[]).includes(chosen)) return chosen as Locale;
  return labelLocaleOf((navigator.languages.length > 0 ? navigator.languages : [navigator.language]).join(','));
}

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => undefined });

export function LocaleProvider({ children }: { children: ComponentChildren }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const value = useMemo<LocaleState>(
    () => ({
      locale,
      setLocale(next) {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLocaleState(next);
      },
    }),
    [locale],
  );
  document.documentElement.lang = locale;
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

export type Translate<K extends string> = (key: K, vars?: Record<string, string | number>) => string;

/** `t(key, vars)` over a page's messages in the current language. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const { locale } = useLocale();
  return (key, vars) => translate(messages, locale, key, vars);
}

/** Labels of list values and fields from the server's one label table: never a second copy. */
export function useLabels(): { value(list: LabelledList, value: string): string; field(field: LabelledField): string } {
  const { locale } = useLocale();
  return { value: (list, value) => valueLabel(list, value, locale), field: (field) => fieldLabel(field, locale) };
}

/** Dates and numbers in the current language. */
export function useFormat(): { dateTime(iso: string | undefined | null): string; number(value: number): string } {
  const { locale } = useLocale();
  return {
    dateTime: (iso) => (iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : '—'),
    number: (value) => value.toLocaleString(locale),
  };
}
