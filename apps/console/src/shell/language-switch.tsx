import { LOCALES, useLocale, useT, type Locale } from './i18n.js';
import { shellMessages } from './messages.js';

const NAMES: Record<Locale, string> = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useT(shellMessages);
  return (
    <label class="language-switch">
      <span class="visually-hidden">{t('language')}</span>
      <select aria-label={t('language')} value={locale} onChange={(event) => setLocale(event.currentTarget.value as Locale)}>
        {LOCALES.map((option) => (
          <option key={option} value={option}>
            {NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
