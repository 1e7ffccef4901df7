import { localeSchema, type Locale } from '@safar/core';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { directionOf, INTL_LOCALE, MESSAGES } from './locales';

const STORAGE_KEY = 'safar.locale';

interface LocaleState {
  readonly locale: Locale;
  readonly direction: 'rtl' | 'ltr';
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleState | null>(null);

function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  const stored = fromUrl ?? window.localStorage.getItem(STORAGE_KEY);
  const parsed = localeSchema.safeParse(stored);
  return parsed.success ? parsed.data : 'en';
}

/** Chooses the language, remembers it, and sets `lang` and `dir` on the document. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const direction = directionOf(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = direction;
  }, [locale, direction]);

  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);

  const state = useMemo(() => ({ locale, direction, setLocale }), [locale, direction, setLocale]);
  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider locale={INTL_LOCALE[locale]} messages={MESSAGES[locale]} defaultLocale="en-GB">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside LocaleProvider');
  return state;
}
