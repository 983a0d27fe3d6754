import { Link } from 'react-router';

/**
 * GOV.UK pagination for a list read by cursor: a way back to the first page and on to the next.
 * A cursor only knows what comes after it, so there are no page numbers to jump to.
 */
export function CursorPagination({ firstHref, nextHref }: { firstHref?: string | null; nextHref?: string | null }) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages">
      {firstHref && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={firstHref} rel="first">
            <span className="govuk-pagination__link-title">
              First<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      {nextHref && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={nextHref} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
    </nav>
  );
}
