import { Link } from 'react-router';

/** The page numbers to show: the first, the last, and two either side of the current one. */
export function pagesToShow(current: number, last: number): (number | 'gap')[] {
  const shown: (number | 'gap')[] = [];
  for (let page = 1; page <= last; page += 1) {
    if (page === 1 || page === last || Math.abs(page - current) <= 2) shown.push(page);
    else if (shown.at(-1) !== 'gap') shown.push('gap');
  }
  return shown;
}

/**
 * GOV.UK pagination: previous and next links and the page numbers between. `hrefOf` gives the
 * address of a page, so the filters in the address travel with it.
 */
export function Pagination({ page, last, hrefOf }: { page: number; last: number; hrefOf: (page: number) => string }) {
  if (last <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label="Pages">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={hrefOf(page - 1)} rel="prev">
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {pagesToShow(page, last).map((shown, index) =>
          shown === 'gap' ? (
            <li className="govuk-pagination__item govuk-pagination__item--ellipses" key={`gap-${index}`}>
              ⋯
            </li>
          ) : (
            <li
              className={`govuk-pagination__item${shown === page ? ' govuk-pagination__item--current' : ''}`}
              key={shown}
            >
              <Link
                className="govuk-link govuk-pagination__link"
                to={hrefOf(shown)}
                aria-label={`Page ${shown}`}
                aria-current={shown === page ? 'page' : undefined}
              >
                {shown}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < last && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={hrefOf(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
    </nav>
  );
}
