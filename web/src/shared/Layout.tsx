import type { ReactNode, SyntheticEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from 'react-router';
import { sendJson } from './client.js';
import { useOrganisation, useSession } from './queries.js';
import { ServiceNavigation } from './ServiceNavigation.js';
import { SignInLink } from './SignInLink.js';

const NAVIGATION = [
  { to: '/', label: 'Overview' },
  { to: '/plans', label: 'Plans' },
  { to: '/measures', label: 'Measures' },
  { to: '/resources', label: 'Resources' },
  { to: '/priorities', label: 'Local priorities' },
  { to: '/neighbourhoods', label: 'Neighbourhoods' },
  { to: '/inspections', label: 'Inspections' },
  { to: '/reports', label: 'Reports' },
];

/**
 * Pages reached from another section rather than the menu, so the menu stays on one or two rows:
 * the police.uk pages open from Measures and the risk register from Board, which stay marked while they are read.
 */
const SECTION_OF: Readonly<Record<string, string>> = {
  '/stop-and-search': '/measures',
  '/compare-forces': '/measures',
  '/risks': '/board',
};

function sectionOf(pathname: string): string {
  const entry = Object.entries(SECTION_OF).find(([prefix]) => pathname.startsWith(prefix));
  return entry === undefined ? pathname : entry[1];
}

/** Pages only some roles have work on. */
function navigationFor(role: string | undefined) {
  const items = [...NAVIGATION];
  if (role === 'owner' || role === 'performance' || role === 'admin')
    items.splice(2, 0, { to: '/my-updates', label: 'My updates' });
  if (role === 'performance' || role === 'admin') items.splice(3, 0, { to: '/review', label: 'Review' });
  // Board papers are internal: every signed-in role reads them, the public does not.
  if (role !== undefined)
    items.splice(items.findIndex((item) => item.to === '/inspections') + 1, 0, { to: '/board', label: 'Board' });
  // Findings waiting on the signed-in person: decisions for the performance team, answers for owners.
  const findings = items.findIndex((item) => item.to === '/inspections') + 1;
  if (role === 'performance' || role === 'admin')
    items.splice(findings, 0, { to: '/findings/queue', label: 'Decisions' });
  if (role === 'owner') items.splice(findings, 0, { to: '/findings/mine', label: 'My findings' });
  if (role === 'performance' || role === 'admin') items.push({ to: '/data-loads', label: 'Load data' });
  if (role === 'admin') items.push({ to: '/users', label: 'Users' });
  return items;
}

function LogoMark() {
  return (
    <svg className="bl-header__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="14" r="9" fill="#1d70b8" />
      <circle cx="16" cy="14" r="4.5" fill="#9fc5e8" />
      <rect x="6" y="25" width="20" height="3" fill="#ffffff" />
    </svg>
  );
}

function Account() {
  const session = useSession();
  const queryClient = useQueryClient();
  if (session.data === undefined) return null;
  if (session.data.user === null) {
    return <SignInLink className="govuk-header__link bl-header__account">Sign in</SignInLink>;
  }
  const { user, csrfToken } = session.data;
  const signOut = async () => {
    await sendJson('DELETE', '/api/session', undefined, csrfToken);
    await queryClient.invalidateQueries({ queryKey: ['session'] });
  };
  return (
    <span className="bl-header__account">
      <span className="bl-header__user">
        {user.displayName} ({user.role})
      </span>
      <Link className="govuk-header__link bl-header__sign-out" to="/account/password">
        Change password
      </Link>
      <Link className="govuk-header__link bl-header__sign-out" to="/account/notifications">
        Reminders
      </Link>
      <Link className="govuk-header__link bl-header__sign-out" to="/account/tokens">
        API tokens
      </Link>
      <button type="button" className="bl-header__sign-out" onClick={() => void signOut()}>
        Sign out
      </button>
    </span>
  );
}

/** The search box on every page: it opens the search page with the words typed. */
function HeaderSearch() {
  const navigate = useNavigate();
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    if (typeof q === 'string' && q.trim() !== '') void navigate(`/search?q=${encodeURIComponent(q.trim())}`);
  };
  return (
    <form
      role="search"
      aria-label="Search Bluelamp"
      action="/search"
      onSubmit={submit}
      // A class, not a style attribute: the content security policy refuses inline styles in server-drawn pages.
      className="bl-header__search"
    >
      <label className="govuk-visually-hidden" htmlFor="header-search">
        Search Bluelamp
      </label>
      <input className="govuk-input govuk-!-width-full" id="header-search" name="q" type="search" maxLength={200} />
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
        Search
      </button>
    </form>
  );
}

function Header() {
  const organisation = useOrganisation(undefined);
  return (
    <header className="govuk-header" data-module="govuk-header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo">
          <a href="/" className="govuk-header__link govuk-header__link--homepage bl-header__logo">
            <LogoMark />
            <span className="govuk-header__logotype-text">Bluelamp</span>
          </a>
          {organisation.data ? <span className="bl-header__force">{organisation.data.force.name}</span> : null}
        </div>
        <div className="govuk-header__content bl-header__content">
          <HeaderSearch /> <Account />
        </div>
      </div>
    </header>
  );
}

/** The service's own menu, by the reader's role. */
export function ServiceMenu() {
  const { pathname } = useLocation();
  const session = useSession();
  return (
    <ServiceNavigation
      label="Service menu"
      menuLabel="Menu"
      listId="navigation"
      items={navigationFor(session.data?.user?.role)}
      isActive={(to) => (to === '/' ? pathname === '/' : sectionOf(pathname).startsWith(to))}
    />
  );
}

/** The statements every GOV.UK service links from its footer (web/src/publishing's statement pages). */
const FOOTER_STATEMENTS = [
  ['/public/accessibility', 'Accessibility statement'],
  ['/public/privacy', 'Privacy'],
  ['/public/cookies', 'Cookies'],
] as const;

function Footer() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">About this service</h2>
            <p className="govuk-body-s">
              Bluelamp is open-source software for police plans, performance and accountability. Crime and survey data
              shown here belong to their publishers and are used under the Open Government Licence.
            </p>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to="/organisation">
                  Organisation
                </Link>
              </li>
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href="/api-docs">
                  API documentation
                </a>
              </li>
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href="/api/openapi.json">
                  OpenAPI document
                </a>
              </li>
              {FOOTER_STATEMENTS.map(([to, label]) => (
                <li className="govuk-footer__inline-list-item" key={to}>
                  <Link className="govuk-footer__link" to={to}>
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </div>
    </footer>
  );
}

/** Every page's frame: skip link, header, the menu it is given, the main content and the footer. */
export function Layout({ navigation, children }: { navigation: ReactNode; children: ReactNode }) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <Header />
      {navigation}
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {children}
        </main>
      </div>
      <Footer />
    </>
  );
}
