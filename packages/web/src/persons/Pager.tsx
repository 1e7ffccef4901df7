import { useFormat } from '../i18n/useFormat';
import { useT } from '../i18n/useT';
import { pageCount, pageRange } from './drill-down-paging';

/** "26–50 of 120" with previous and next buttons; arrows mirror in right-to-left languages. */
export function Pager({
  page,
  total,
  onPage,
  hasNext,
}: {
  page: number;
  total: number;
  onPage: (page: number) => void;
  /** When the server says whether another page exists (cursor paging); else computed from the total. */
  hasNext?: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const range = pageRange(page, total);
  const next = hasNext ?? page + 1 < pageCount(total);
  return (
    <nav className="pager" aria-label={t('persons.pages')}>
      <button
        type="button"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
        data-testid="previous-page"
      >
        <span className="flip-rtl" aria-hidden="true">
          ←
        </span>{' '}
        {t('persons.previous')}
      </button>
      <span className="pager-range" aria-live="polite">
        {range
          ? t('persons.range', {
              first: format.number(range.first),
              last: format.number(range.last),
              total: format.number(total),
            })
          : t('persons.none')}
      </span>
      <button type="button" disabled={!next} onClick={() => onPage(page + 1)} data-testid="next-page">
        {t('persons.next')}{' '}
        <span className="flip-rtl" aria-hidden="true">
          →
        </span>
      </button>
    </nav>
  );
}
