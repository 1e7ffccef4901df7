import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageKey } from './locales';

type Values = Record<string, string | number | Date>;

/** Typed translation: only keys of the English catalogue compile. */
export function useT(): (key: MessageKey, values?: Values) => string {
  const intl = useIntl();
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl]);
}
