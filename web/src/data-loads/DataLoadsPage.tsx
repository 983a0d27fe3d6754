import { Link } from 'react-router';
import { useSession } from '../shared/queries.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { FileLoadForm } from './FileLoadForm.js';
import { ABSTRACTIONS, MPS_CRIME, POLICE_UK, WARD_POSTS } from './fileKinds.js';
import { SignInLink } from '../shared/SignInLink.js';

/** The roles whose work includes loading data (the API's crime-data.import and neighbourhoods.edit). */
export function loadsData(role: string | undefined): boolean {
  return role === 'performance' || role === 'admin';
}

function Contents() {
  return (
    <nav aria-labelledby="contents-heading">
      <h2 className="govuk-heading-s" id="contents-heading">
        Kinds of file
      </h2>
      <ul className="govuk-list">
        {[WARD_POSTS, ABSTRACTIONS, MPS_CRIME, POLICE_UK].map((kind) => (
          <li key={kind.id}>
            <a className="govuk-link" href={`#${kind.id}`}>
              {kind.heading}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NotForYou({ signedIn }: { signedIn: boolean }) {
  return (
    <p className="govuk-body" id="not-a-loader">
      {signedIn ? (
        'Only the performance team loads data. Ask them to load a file for you.'
      ) : (
        <>
          <SignInLink className="govuk-link">Sign in</SignInLink> as a member of the performance team to load data.
        </>
      )}
    </p>
  );
}

/** For the performance team: every kind of file the command line loads, each with its own upload form. */
export function DataLoadsPage() {
  usePageTitle('Load data');
  const session = useSession();
  const user = session.data?.user ?? null;
  const csrfToken = session.data?.csrfToken;
  const mayLoad = user !== null && loadsData(user.role) && csrfToken != null;
  return (
    <>
      <span className="govuk-caption-l">Data</span>
      <h1 className="govuk-heading-l">Load data</h1>
      <p className="govuk-body-l">
        Load the files the force and the London Datastore publish. Each file is checked before anything is written: if
        any row has a problem, nothing is loaded and every problem is listed by row and column.
      </p>
      {session.data === undefined ? null : mayLoad ? (
        <>
          <Contents />
          <FileLoadForm kind={WARD_POSTS} csrfToken={csrfToken} />
          <FileLoadForm kind={ABSTRACTIONS} csrfToken={csrfToken} />
          <FileLoadForm kind={MPS_CRIME} csrfToken={csrfToken} />
          <FileLoadForm kind={POLICE_UK} csrfToken={csrfToken} />
        </>
      ) : (
        <NotForYou signedIn={user !== null} />
      )}
    </>
  );
}

/** A link to the page from the pages its files feed, for those who may load them. */
export function LoadDataLink({ kind, children }: { kind: string; children: string }) {
  const session = useSession();
  if (!loadsData(session.data?.user?.role)) return null;
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={`/data-loads#${kind}`}>
        {children}
      </Link>
    </p>
  );
}
