import { Link } from 'react-router';

/** GOV.UK breadcrumbs: the way back up from a page deep in a plan. */
export function Breadcrumbs({ trail }: { trail: { to: string; label: string }[] }) {
  return (
    <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {trail.map((step) => (
          <li className="govuk-breadcrumbs__list-item" key={step.to}>
            <Link className="govuk-breadcrumbs__link" to={step.to}>
              {step.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
