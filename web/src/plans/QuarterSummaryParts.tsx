import { Figures, HeadedRow, NumberCell, numericColumn, Table, WarningText } from '../shared/govuk.js';
import type { QuarterPublicationSummary, SummaryMilestone } from './planTypes.js';

/** The counts the public will read once the quarter is published, "no update" a status like any other. */
function PublicCountsTable({ summary }: { summary: QuarterPublicationSummary }) {
  return (
    <Table
      caption="What the public will read"
      columns={['Status', numericColumn('Milestones')]}
      id="public-counts"
      className="bl-publication-counts"
    >
      {summary.publicCounts.map((count) => (
        <HeadedRow key={count.code} head={`${count.symbol} ${count.label}`.trim()}>
          <NumberCell>{count.count}</NumberCell>
        </HeadedRow>
      ))}
      <HeadedRow head="Total" className="bl-total">
        <NumberCell>{summary.total}</NumberCell>
      </HeadedRow>
    </Table>
  );
}

const STATE_WORDS: Record<string, string> = {
  draft: 'Draft, never submitted',
  returned: 'Returned to its owner',
  submitted: 'Waiting for review',
  approved: 'Approved',
  published: 'Published',
};

/** A list of the quarter's milestones: its reference, title and leads, and for drafts who last wrote them. */
function MilestoneList({
  caption,
  id,
  milestones,
  withWriter = false,
}: {
  caption: string;
  id: string;
  milestones: readonly SummaryMilestone[];
  withWriter?: boolean;
}) {
  const columns = ['Ref', 'Milestone', 'Leads', ...(withWriter ? ['State', 'Last written by'] : ['Status'])];
  return (
    <Table caption={caption} captionSize="s" columns={columns} id={id}>
      {milestones.map((m) => (
        <HeadedRow key={m.ref} head={m.ref}>
          <td className="govuk-table__cell">{m.title}</td>
          <td className="govuk-table__cell">{m.leads.join(', ')}</td>
          {withWriter ? (
            <>
              <td className="govuk-table__cell">{STATE_WORDS[m.updateState ?? ''] ?? 'No update'}</td>
              <td className="govuk-table__cell">{m.lastWrittenBy ?? ''}</td>
            </>
          ) : (
            <td className="govuk-table__cell">
              {m.status === null || m.updateState === null ? 'No update' : `${m.status.symbol} ${m.status.label}`}
            </td>
          )}
        </HeadedRow>
      ))}
    </Table>
  );
}

/** What will not go out: drafts nobody submitted (named), and milestones with nothing at all. */
function LeftOut({ summary }: { summary: QuarterPublicationSummary }) {
  return (
    <>
      {summary.drafts.length === 0 ? null : (
        <>
          <WarningText>
            {summary.drafts.length === 1
              ? '1 draft was never submitted. It will not be published, and its milestone will show “No update”.'
              : `${summary.drafts.length} drafts were never submitted. They will not be published, and their milestones will show “No update”.`}
          </WarningText>
          <MilestoneList caption="Drafts left unsubmitted" id="drafts" milestones={summary.drafts} withWriter />
        </>
      )}
      {summary.missing.length === 0 ? null : (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              The {summary.missing.length} {summary.missing.length === 1 ? 'milestone' : 'milestones'} with no update
            </span>
          </summary>
          <div className="govuk-details__text">
            <MilestoneList caption="Milestones with no update" id="missing" milestones={summary.missing} />
          </div>
        </details>
      )}
    </>
  );
}

/** Everything the confirmation page shows before its buttons: the figures, the counts, and each list. */
export function SummaryBody({ summary }: { summary: QuarterPublicationSummary }) {
  return (
    <>
      <Figures
        figures={[
          { value: summary.due, label: 'milestones due' },
          { value: summary.carriedForward, label: 'carried forward' },
          { value: summary.updated, label: 'updated' },
          { value: summary.approved.length, label: 'approved' },
          { value: summary.missing.length, label: 'no update at all' },
        ]}
      />
      <PublicCountsTable summary={summary} />
      {summary.approved.length === 0 ? null : (
        <MilestoneList caption="Updates that will be published" id="approved" milestones={summary.approved} />
      )}
      {summary.waiting.length === 0 ? null : (
        <MilestoneList caption="Waiting for review" id="waiting" milestones={summary.waiting} withWriter />
      )}
      <LeftOut summary={summary} />
    </>
  );
}
