import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMilestones } from './planQueries.js';
import type { MilestoneListing } from './planTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { MilestoneTable } from './MilestoneTable.js';
import { QueryState } from '../shared/QueryState.js';
import { StatusTag } from './StatusTag.js';
import { TrackerFilterForm } from './TrackerFilterForm.js';
import { filtersFrom, type Filters } from './trackerFilters.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { UpdatesDueLine } from './ReportingCalendar.js';

function StatusCounts({ listing }: { listing: MilestoneListing }) {
  const entries = [
    ...listing.statuses.map((s) => ({ status: s, count: listing.byStatus[s.code] ?? 0 })),
    { status: null, count: listing.byStatus.none ?? 0 },
  ];
  return (
    <ul className="govuk-list bl-counts" aria-label="Milestones by latest status">
      {entries
        .filter((entry) => entry.count > 0)
        .map((entry) => (
          <li key={entry.status?.code ?? 'none'}>
            <span className="bl-counts__value">{entry.count}</span> <StatusTag status={entry.status} />
          </li>
        ))}
    </ul>
  );
}

/** The page's filters as a query string, so that a download holds the rows on screen. */
function searchOf(filters: Filters): string {
  const params = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => e[1] !== undefined));
  return params.size > 0 ? `?${params.toString()}` : '';
}

function Results({ listing, filters, search }: { listing: MilestoneListing; filters: Filters; search: string }) {
  const navigate = useNavigate();
  const base = `/plans/${listing.plan.id}/milestones`;
  const apply = (next: Filters) => {
    const params = new URLSearchParams(Object.entries(next).filter((e): e is [string, string] => e[1] !== undefined));
    void navigate(params.size > 0 ? `${base}?${params.toString()}` : base);
  };
  return (
    <>
      <TrackerFilterForm key={search} listing={listing} filters={filters} onApply={apply} clearTo={base} />
      <div role="status">
        <h2 className="govuk-heading-m">{listing.total === 1 ? '1 milestone' : `${listing.total} milestones`}</h2>
      </div>
      <StatusCounts listing={listing} />
      {listing.total === 0 ? (
        <p className="govuk-body">No milestones match these filters.</p>
      ) : (
        <MilestoneTable listing={listing} filters={filters} />
      )}
      <p className="govuk-body-s" id="tracker-downloads">
        The {listing.total === 1 ? 'milestone' : 'milestones'} above, with these filters:{' '}
        <a className="govuk-link" href={`/api/plans/${listing.plan.id}/milestones.xlsx${searchOf(filters)}`}>
          Download as XLSX
        </a>{' '}
        or{' '}
        <a className="govuk-link" href={`/api/plans/${listing.plan.id}/milestones.csv${searchOf(filters)}`}>
          Download as CSV
        </a>
        .
      </p>
      <p className="govuk-body-s">
        Download this plan as a{' '}
        <a className="govuk-link" href={`/api/plans/${listing.plan.id}/export?format=xlsx`}>
          spreadsheet (XLSX)
        </a>{' '}
        or{' '}
        <a className="govuk-link" href={`/api/plans/${listing.plan.id}/export?format=csv`}>
          CSV file
        </a>
        .
      </p>
    </>
  );
}

export function TrackerPage() {
  const { planId = '' } = useParams();
  const [params] = useSearchParams();
  const filters = filtersFrom(params);
  const query = useMilestones(planId, filters);
  usePageTitle(query.data ? `Milestone tracker: ${query.data.plan.title}` : 'Milestone tracker');
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/plans', label: 'Plans' },
          { to: `/plans/${planId}`, label: query.data?.plan.title ?? 'Plan' },
        ]}
      />
      <span className="govuk-caption-l">{query.data?.plan.title}</span>
      <h1 className="govuk-heading-l">Milestone tracker</h1>
      <p className="govuk-body">
        Statuses are the latest published in each quarter&apos;s progress report. See{' '}
        <Link className="govuk-link" to={`/plans/${planId}`}>
          the plan
        </Link>{' '}
        for what each status means.
        {query.data?.plan.reportingQuarter ? (
          <>
            {' '}
            Each chapter&apos;s{' '}
            <Link
              className="govuk-link"
              to={`/plans/${planId}/quarters/${encodeURIComponent(query.data.plan.reportingQuarter)}/narratives`}
            >
              other progress in {query.data.plan.reportingQuarter}
            </Link>{' '}
            is written beside the updates.
          </>
        ) : null}
      </p>
      <UpdatesDueLine planId={planId} />
      <QueryState {...query} what="the milestones">
        {(listing) => <Results listing={listing} filters={filters} search={params.toString()} />}
      </QueryState>
    </>
  );
}
