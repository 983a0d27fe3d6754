import { Link } from 'react-router';
import type { MilestoneListing, MilestoneSummary } from './planTypes.js';
import { StatusTag } from './StatusTag.js';
import type { Filters } from './trackerFilters.js';

const COLUMNS: { key: string; label: string; sort: string | null }[] = [
  { key: 'ref', label: 'Ref', sort: 'ref' },
  { key: 'title', label: 'Milestone', sort: 'title' },
  { key: 'due', label: 'Due', sort: 'due' },
  { key: 'lead', label: 'Lead', sort: null },
  { key: 'status', label: 'Latest status', sort: 'status' },
];

function sortLink(filters: Filters, sort: string): { search: string; direction: 'ascending' | 'descending' | 'none' } {
  const active = (filters.sort ?? 'plan') === sort;
  const nextOrder = active && filters.order !== 'desc' ? 'desc' : 'asc';
  const params = new URLSearchParams(
    Object.entries({ ...filters, sort, order: nextOrder }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return {
    search: `?${params.toString()}`,
    direction: active ? (filters.order === 'desc' ? 'descending' : 'ascending') : 'none',
  };
}

function DueCell({
  milestone,
}: {
  milestone: MilestoneSummary & { carriedForward: boolean; deliveredEarly: boolean };
}) {
  const revised = milestone.currentDue !== milestone.due;
  return (
    <td className="govuk-table__cell bl-due">
      {revised ? (
        <>
          <span>{milestone.currentDue}</span>
          <span className="govuk-body-s bl-secondary">
            {' '}
            was <del>{milestone.due}</del>
          </span>
        </>
      ) : (
        <span className="bl-due__text">{milestone.due}</span>
      )}
      {milestone.carriedForward ? (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--yellow bl-tag--small">Carried forward</strong>
        </>
      ) : null}
      {milestone.deliveredEarly ? (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--green bl-tag--small">Delivered early</strong>
        </>
      ) : null}
    </td>
  );
}

function Row({ planId, milestone }: { planId: number; milestone: MilestoneListing['milestones'][number] }) {
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell bl-code bl-nowrap">{milestone.ref}</td>
      <td className="govuk-table__cell">
        <Link className="govuk-link" to={`/plans/${planId}/milestones/${encodeURIComponent(milestone.ref)}`}>
          {milestone.title}
        </Link>
        {milestone.section ? (
          <span className="govuk-body-s bl-secondary bl-block">{milestone.section.title}</span>
        ) : null}
        {milestone.flags.map((flag) => (
          <span className="govuk-body-s bl-flag bl-block" key={flag}>
            <span aria-hidden="true">⚠ </span>
            {flag}
          </span>
        ))}
      </td>
      <DueCell milestone={milestone} />
      <td className="govuk-table__cell">
        {milestone.leads.map((lead) => (
          <abbr className="bl-lead" title={lead.name} key={lead.code}>
            {lead.code}
          </abbr>
        ))}
      </td>
      <td className="govuk-table__cell">
        <StatusTag status={milestone.status} />
        {milestone.status ? (
          <span className="govuk-body-s bl-secondary bl-block">{milestone.status.quarter}</span>
        ) : null}
      </td>
    </tr>
  );
}

/** The tracker's results: headers sort by following a link, so a sorted view is a shareable URL too. */
export function MilestoneTable({ listing, filters }: { listing: MilestoneListing; filters: Filters }) {
  return (
    <table className="govuk-table bl-tracker" id="milestones">
      <caption className="govuk-visually-hidden">Milestones matching the filters</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {COLUMNS.map((column) => {
            if (column.sort === null) {
              return (
                <th scope="col" className="govuk-table__header" key={column.key}>
                  {column.label}
                </th>
              );
            }
            const link = sortLink(filters, column.sort);
            return (
              <th scope="col" className="govuk-table__header" key={column.key} aria-sort={link.direction}>
                <Link className="govuk-link bl-sort" to={link.search}>
                  {column.label}
                  <span aria-hidden="true">
                    {link.direction === 'ascending' ? ' ▲' : link.direction === 'descending' ? ' ▼' : ''}
                  </span>
                </Link>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {listing.milestones.map((milestone) => (
          <Row key={milestone.ref} planId={listing.plan.id} milestone={milestone} />
        ))}
      </tbody>
    </table>
  );
}
