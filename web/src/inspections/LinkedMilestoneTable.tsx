import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LinkedMilestone } from './findingResponseTypes.js';
import { formatDate } from '../shared/format.js';
import { Table } from '../shared/govuk.js';
import { StatusTag } from '../plans/index.js';

/** Where the milestone page is, when the plan is still published. */
export function milestonePath(link: Pick<LinkedMilestone, 'planId' | 'milestoneRef'>): string | null {
  return link.planId === null ? null : `/plans/${link.planId}/milestones/${encodeURIComponent(link.milestoneRef)}`;
}

export function MilestoneRef({ link }: { link: LinkedMilestone }) {
  const to = milestonePath(link);
  return to === null ? (
    <>{link.milestoneRef}</>
  ) : (
    <Link className="govuk-link" to={to}>
      {link.milestoneRef}
    </Link>
  );
}

export function MilestoneDue({ link }: { link: LinkedMilestone }) {
  const m = link.milestone;
  return (
    <>
      <span className="bl-block">{m?.currentDue ?? 'Not known'}</span>
      {m?.deadline == null ? null : <span className="bl-cell-note bl-nowrap">Deadline {formatDate(m.deadline)}</span>}
      {link.overdue ? <strong className="govuk-tag govuk-tag--red bl-tag--small">Overdue</strong> : null}
    </>
  );
}

function Row({ link, showPlan, action }: { link: LinkedMilestone; showPlan: boolean; action?: ReactNode }) {
  const m = link.milestone;
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header bl-nowrap">
        <MilestoneRef link={link} />
      </th>
      <td className="govuk-table__cell">
        {m?.title ?? <span className="bl-secondary">No longer in a published plan</span>}
        {showPlan ? <span className="bl-cell-note">{link.planTitle ?? link.planKey}</span> : null}
      </td>
      <td className="govuk-table__cell">
        <MilestoneDue link={link} />
      </td>
      <td className="govuk-table__cell">{m?.leads.map((lead) => lead.name).join(', ') ?? ''}</td>
      <td className="govuk-table__cell">
        <StatusTag status={m?.status ?? null} />
        {m?.status == null ? null : <span className="bl-cell-note">Reported in {m.status.quarter}</span>}
      </td>
      {action === undefined ? null : <td className="govuk-table__cell">{action}</td>}
    </tr>
  );
}

interface TableProps {
  id: string;
  caption: string;
  links: readonly LinkedMilestone[];
  showPlan?: boolean;
  /** A control per row, such as an unlink button, for those allowed to use it. */
  action?: (link: LinkedMilestone) => ReactNode;
}

/** Milestones acting on a finding, each with its due date, leads and latest reported status. */
export function LinkedMilestoneTable({ id, caption, links, showPlan = false, action }: TableProps) {
  const columns = ['Ref', showPlan ? 'Milestone and plan' : 'Action', 'Due', 'Leads', 'Latest status'];
  return (
    <Table
      caption={caption}
      columns={action === undefined ? columns : [...columns, 'Change']}
      id={id}
      className="bl-linked"
    >
      {links.map((link) => (
        <Row
          key={`${link.planKey} ${link.milestoneRef}`}
          link={link}
          showPlan={showPlan}
          {...(action === undefined ? {} : { action: action(link) })}
        />
      ))}
    </Table>
  );
}
