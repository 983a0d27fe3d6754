import { Para, Statement } from './StatementParts.js';

interface Cookie {
  readonly name: string;
  readonly purpose: string;
  readonly expires: string;
}

// Named as src/api/sessionCookie.ts sets them; the lengths are the service's defaults.
const COOKIES: readonly Cookie[] = [
  {
    name: 'bluelamp_session',
    purpose: 'Keeps staff signed in. It holds a random token and nothing else, and scripts cannot read it.',
    expires: 'When you sign out, after 30 minutes unused, or 12 hours after signing in',
  },
  {
    name: 'bluelamp_sso_state',
    purpose:
      'Only for staff who sign in with their organisation’s account: ties the sign-in to the browser that started it, so that nobody else can finish it.',
    expires: 'When the sign-in finishes, or after 10 minutes',
  },
];

function CookieTable() {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Strictly necessary cookies</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Purpose
          </th>
          <th scope="col" className="govuk-table__header">
            Expires
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {COOKIES.map((cookie) => (
          <tr className="govuk-table__row" key={cookie.name}>
            <th scope="row" className="govuk-table__header">
              <code>{cookie.name}</code>
            </th>
            <td className="govuk-table__cell">{cookie.purpose}</td>
            <td className="govuk-table__cell">{cookie.expires}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The cookies page: the service sets only strictly necessary cookies, and none at all for the public. */
export function CookiesPage() {
  return (
    <Statement title="Cookies">
      <Para>Cookies are small files saved on your phone, tablet or computer when you visit a website.</Para>
      <Para>
        The public pages of this website do not set any cookies. Reading them, and downloading their open data, leaves
        nothing on your device.
      </Para>
      <Para>
        Staff who sign in to Bluelamp get the cookies below. They are strictly necessary for signing in and keeping your
        account secure, so we do not ask for consent to them. We do not use analytics, advertising or any other optional
        cookies, and nothing on this website comes from another site. If staff sign in with their organisation’s
        account, its sign-in page is another website, with cookies of its own.
      </Para>
      <CookieTable />
      <Para>
        The times are Bluelamp’s defaults; the organisation running the service may set shorter or longer ones.
      </Para>
      <h2 className="govuk-heading-m">Protection against forged requests</h2>
      <Para>
        Signed-in changes also need a second random token (a CSRF token). It is not a cookie: the page keeps it in
        memory while it is open and sends it with each change, and it ends with your session.
      </Para>
    </Statement>
  );
}
