import { Link, useLocation } from 'react-router';
import { ServiceNavigation } from '../shared/ServiceNavigation.js';

/** The public site's sections, shown instead of the service menu on every /public page. */
export const PUBLIC_NAVIGATION = [
  { to: '/public', label: 'Home' },
  { to: '/public/plans', label: 'Plans' },
  { to: '/public/progress', label: 'Progress' },
  { to: '/public/measures', label: 'Measures' },
  { to: '/public/priorities', label: 'Local priorities' },
  { to: '/public/inspections', label: 'Inspections' },
  { to: '/public/reports', label: 'Reports' },
];

function isActive(to: string, pathname: string): boolean {
  if (to === '/public') return pathname === '/public' || pathname === '/public/';
  if (to === '/public/progress') return /^\/public\/plans\/[^/]+\/progress/.test(pathname) || pathname === to;
  if (to === '/public/plans') return pathname.startsWith(to) && !/\/progress(\/|$)/.test(pathname);
  return pathname === to || pathname.startsWith(`${to}/`);
}

export function PublicNavigation() {
  const { pathname } = useLocation();
  return (
    <ServiceNavigation
      label="Public pages"
      menuLabel="Public sections"
      listId="public-navigation"
      items={PUBLIC_NAVIGATION.slice(1)}
      isActive={(to) => isActive(to, pathname)}
      serviceName={
        <span className="govuk-service-navigation__service-name">
          <Link className="govuk-service-navigation__link" to="/public">
            Transparency
          </Link>
        </span>
      }
    />
  );
}
