import { useMemo } from 'react';
import { useIntl } from 'react-intl';

/** Numbers and dates in the reader's convention (Persian calendar and digits in fa). */
export function useFormat() {
  const intl = useIntl();
  return useMemo(
    () => ({
      number: (value: number) => intl.formatNumber(value),
      dateTime: (value: string | Date) =>
        intl.formatDate(value, {
          year: 'numeric',
          month: 'short',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
        }),
      date: (value: string | Date) =>
        intl.formatDate(value, { year: 'numeric', month: 'long', day: 'numeric' }),
    }),
    [intl],
  );
}
