import { Link } from 'react-router';
import { useHealth, useOrganisation, useSession } from '../shared/queries.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { MyWorkPage } from './MyWorkPage.js';

const AREAS = [
  {
    title: 'Plans and milestones',
    to: '/plans',
    text: 'The Police and Crime Plan and the business plans, what delivers each commitment, and every milestone with its quarterly progress.',
  },
  {
    title: 'Local priorities',
    to: '/priorities',
    text: 'The crimes each borough chose to concentrate on this year, its scorecard against London, and the evidence behind the choice.',
  },
  {
    title: 'Inspections',
    to: '/inspections',
    text: 'What the inspectorate graded and found in its reports on the force, and how each finding is being put right.',
  },
  {
    title: 'Organisation',
    to: '/organisation',
    text: 'Business groups and their lead codes, Basic Command Units and the boroughs each covers, on any date.',
  },
  {
    title: 'API',
    to: '/api-docs',
    text: 'Every figure and list in Bluelamp is available to analysts through a documented JSON API.',
  },
];

/** Signed in, the home page is what needs the person; signed out, it introduces the service. */
export function HomePage() {
  const session = useSession();
  const user = session.data?.user;
  if (session.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  return user === null || user === undefined ? <Introduction /> : <MyWorkPage name={user.displayName} />;
}

function Introduction() {
  usePageTitle('Overview');
  const organisation = useOrganisation(undefined);
  const health = useHealth();
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-xl">{organisation.data?.force.name ?? 'Bluelamp'}</span>
          <h1 className="govuk-heading-xl">Plan, performance and accountability</h1>
          <p className="govuk-body-l">
            One place for the Police and Crime Plan, the force&apos;s business plan and its milestones, honest
            performance measures, borough priorities and inspection findings — and the reports built from them.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/public">
              Read what the force has published
            </Link>{' '}
            — plans and progress, measures, priorities and inspection findings — or sign in to see what needs you.
          </p>
        </div>
      </div>
      <div className="govuk-grid-row bl-cards">
        {AREAS.map((area) => (
          <div className="govuk-grid-column-one-third" key={area.to}>
            <h2 className="govuk-heading-m">
              <Link className="govuk-link" to={area.to}>
                {area.title}
              </Link>
            </h2>
            <p className="govuk-body">{area.text}</p>
          </div>
        ))}
      </div>
      {health.data ? (
        <p className="govuk-body-s govuk-!-margin-top-6">
          Version {health.data.version}, running on {health.data.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}.
        </p>
      ) : null}
    </>
  );
}
