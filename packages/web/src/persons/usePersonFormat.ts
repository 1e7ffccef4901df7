import { useMemo } from 'react';
import { useIntl } from 'react-intl';

/** Times of day and day headings (persons.timeline.day) in the reader's calendar and digits (Persian calendar in fa). */
export function usePersonFormat() {
  const intl = useIntl();
  return useMemo(
    () => ({
      time: (value: string | number) =>
        intl.formatTime(value, { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
      // Weekday and date apart: ICU's Persian-calendar pattern for both at once reads oddly.
      day: (value: string | number) =>
        intl.formatMessage(
          { id: 'persons.timeline.day' },
          {
            weekday: intl.formatDate(value, { weekday: 'long' }),
            date: intl.formatDate(value, { year: 'numeric', month: 'long', day: 'numeric' }),
          },
        ),
    }),
    [intl],
  );
}
