import { Link } from 'react-router';

/** One item of a GOV.UK service navigation, marked as the current page when it is the one shown. */
export function NavigationItem({ to, label, active }: { to: string; label: string; active: boolean }) {
  return (
    <li className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}>
      <Link className="govuk-service-navigation__link" to={to} aria-current={active ? 'page' : undefined}>
        {active ? <strong className="govuk-service-navigation__active-fallback">{label}</strong> : label}
      </Link>
    </li>
  );
}
