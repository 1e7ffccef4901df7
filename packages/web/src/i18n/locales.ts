import { directionOf, LOCALES, type Locale } from '@safar/core';
import ar from './messages/ar.json';
import el from './messages/el.json';
import en from './messages/en.json';
import fa from './messages/fa.json';

/** The English catalogue is the source: every key of the app is one of its keys. */
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const MESSAGES: Record<Locale, Messages> = { en, fa, ar, el };

/**
 * The Intl locale used for numbers and dates: Persian calendar and Persian digits in fa,
 * Arabic-Indic digits in ar (the convention of most Arabic-speaking readers of the articles).
 */
export const INTL_LOCALE: Record<Locale, string> = {
  en: 'en-GB',
  fa: 'fa-IR-u-ca-persian-nu-arabext',
  ar: 'ar-EG-u-nu-arab',
  el: 'el-GR',
};

export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  fa: 'فارسی',
  ar: 'العربية',
  el: 'Ελληνικά',
};

export { directionOf, LOCALES };
export type { Locale };
