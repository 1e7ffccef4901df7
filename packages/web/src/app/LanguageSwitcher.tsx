import { LANGUAGE_NAMES, LOCALES } from '../i18n/locales';
import { useLocale } from '../i18n/LocaleProvider';
import { useT } from '../i18n/useT';

export function LanguageSwitcher() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('nav.language')}</span>
      <select
        value={locale}
        onChange={(event) => {
          const next = LOCALES.find((candidate) => candidate === event.target.value);
          if (next) setLocale(next);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
