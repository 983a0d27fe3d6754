import { Link } from 'react-router';

/**
 * GOV.UK pagination for a list read by cursor: a way back to the first page and on to the next.
 * A cursor only knows what comes after it, so there are no page numbers to jump to.
 */
function PageLink({ to, rel, label }: { to: string; rel: 'first' | 'next'; label: string }) {
  return (
    <div className={rel === 'first' ? 'govuk-pagination__prev' : 'govuk-pagination__next'}>
      <Link className="govuk-link govuk-pagination__link" to={to} rel={rel}>
        <span className="govuk-pagination__link-title">
          {label}
          <span className="govuk-visually-hidden"> page</span>
        </span>
      </Link>
    </div>
  );
}

export function CursorPagination({ firstHref, nextHref }: { firstHref?: string | null; nextHref?: string | null }) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages">
      {firstHref && <PageLink to={firstHref} rel="first" label="First" />}
      {nextHref && <PageLink to={nextHref} rel="next" label="Next" />}
    </nav>
  );
}
