import { Link } from 'react-router';
import { Bullets, Para, Statement } from './StatementParts.js';

function PublicReaders() {
  return (
    <>
      <h2 className="govuk-heading-l">If you read the public pages</h2>
      <Para>
        You do not need an account, and we do not ask who you are. The public pages set no cookies and use no analytics
        or tracking. Like any website, the server sees your device’s internet address with each request. Bluelamp uses
        it only to limit how fast one address may download large files, and does not store it with what you read. The
        organisation running the service may keep server logs for security; ask them how long.
      </Para>
      <Para>
        The figures on these pages are about crimes, places and the organisation’s work, not about people. Crime figures
        are counted by area and month, as police.uk and the London Datastore publish them, and they do not name anyone.
      </Para>
    </>
  );
}

function StaffAccounts() {
  return (
    <>
      <h2 className="govuk-heading-l">If you have a staff account</h2>
      <Para>To run the service, Bluelamp keeps:</Para>
      <Bullets
        items={[
          'your username, display name and role, and the teams whose work you can change',
          'your email address, if you have one on your account, to send the reminders you asked for, and a record of each reminder sent',
          'a scrambled form of your password (never the password itself), or your single sign-on identity',
          'your sessions: when each started and was last used, so that a session ends when you stop using it',
          'sign-in attempts, with the internet address they came from, to stop anyone guessing passwords',
          'an audit trail of every change you make, with your name, so that published figures and progress can be checked',
        ]}
      />
      <Para>
        The audit trail cannot be changed or deleted, because it is the evidence behind what is published. Your name
        appears in it as the person who made each change. The audit trail is not published on the public pages.
      </Para>
    </>
  );
}

/** The public site's privacy notice: what the service holds about readers (nothing) and about staff. */
export function PrivacyNoticePage() {
  return (
    <Statement title="Privacy notice">
      <Para>
        This notice explains what personal data Bluelamp holds, why, and what your rights are. The organisation that
        publishes these pages, as named in the header, is the data controller: it decides how the service is run.
      </Para>
      <PublicReaders />
      <StaffAccounts />
      <h2 className="govuk-heading-l">Why we can use this data</h2>
      <Para>
        The lawful basis is the organisation’s public task: planning, reporting on and being held to account for
        policing. Staff data is used only to run the service and to show who did what.
      </Para>
      <h2 className="govuk-heading-l">Who sees it</h2>
      <Para>
        Only staff with an account see staff data, and only as far as their role allows. It is not sold, and not shared
        outside the organisation unless the law requires it. The data stays in the organisation’s own database.
      </Para>
      <h2 className="govuk-heading-l">Your rights</h2>
      <Para>
        You can ask to see the personal data held about you, and ask for it to be corrected or, where the law allows,
        deleted or limited. Contact the organisation’s data protection officer. If you are not happy with the answer,
        you can complain to the Information Commissioner’s Office (ICO).
      </Para>
      <Para>
        Read about the{' '}
        <Link className="govuk-link" to="/public/cookies">
          cookies this website uses
        </Link>
        .
      </Para>
    </Statement>
  );
}
