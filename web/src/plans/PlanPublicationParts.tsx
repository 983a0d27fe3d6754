import { Figures, HeadedRow, NumberCell, numericColumn, SummaryRow, Table } from '../shared/govuk.js';
import type { PlanPublicationSummary } from './planTypes.js';

type Changes = NonNullable<PlanPublicationSummary['changes']>;

const quarterName = (quarter: string | null) => quarter ?? 'Ongoing, no dated deadline';

/** Which version goes out and which one it replaces, in a summary list. */
function Versions({ summary }: { summary: PlanPublicationSummary }) {
  const { plan, supersedes } = summary;
  return (
    <dl className="govuk-summary-list">
      <SummaryRow label="Plan">{plan.title}</SummaryRow>
      <SummaryRow label="Period">{plan.period}</SummaryRow>
      <SummaryRow label="Version to publish">Version {plan.version}</SummaryRow>
      <SummaryRow label="Replaces">
        {supersedes === null
          ? 'Nothing: this is the first version to be published'
          : `Version ${supersedes.version}, published ${supersedes.publishedOn ?? ''}; it will be kept, marked superseded`}
      </SummaryRow>
      <SummaryRow label="Collects updates for">
        {supersedes?.reportingQuarter ?? `Quarter 1 of ${plan.firstYear}, the plan’s first`}
      </SummaryRow>
    </dl>
  );
}

function ByQuarter({ summary }: { summary: PlanPublicationSummary }) {
  return (
    <Table
      caption="Milestones by quarter due"
      captionSize="s"
      columns={['Quarter', numericColumn('Milestones')]}
      id="by-quarter"
    >
      {summary.byQuarter.map((row) => (
        <HeadedRow key={row.quarter ?? 'ongoing'} head={quarterName(row.quarter)}>
          <NumberCell>{row.count}</NumberCell>
        </HeadedRow>
      ))}
      <HeadedRow head="Total" className="bl-total">
        <NumberCell>{summary.milestones}</NumberCell>
      </HeadedRow>
    </Table>
  );
}

function Leads({ summary }: { summary: PlanPublicationSummary }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          The {summary.leads.length} {summary.leads.length === 1 ? 'unit' : 'units'} leading milestones
        </span>
      </summary>
      <div className="govuk-details__text">
        <Table
          caption="Units leading milestones"
          captionSize="s"
          columns={['Unit', numericColumn('Milestones')]}
          id="leads"
        >
          {summary.leads.map((lead) => (
            <HeadedRow key={lead.code} head={lead.name}>
              <NumberCell>{lead.milestones}</NumberCell>
            </HeadedRow>
          ))}
        </Table>
      </div>
    </details>
  );
}

/** Milestones added, removed or moved to another quarter, each in its own table; nothing shown for an empty one. */
function ChangeTables({ changes }: { changes: Changes }) {
  const listed = (caption: string, id: string, rows: Changes['added']) =>
    rows.length === 0 ? null : (
      <Table caption={caption} captionSize="s" columns={['Ref', 'Milestone', 'Due']} id={id}>
        {rows.map((m) => (
          <HeadedRow key={m.ref} head={m.ref}>
            <td className="govuk-table__cell">{m.title}</td>
            <td className="govuk-table__cell">{m.due}</td>
          </HeadedRow>
        ))}
      </Table>
    );
  return (
    <>
      {listed('Milestones added', 'added', changes.added)}
      {listed('Milestones removed', 'removed', changes.removed)}
      {changes.moved.length === 0 ? null : (
        <Table
          caption="Milestones due in another quarter"
          captionSize="s"
          columns={['Ref', 'Milestone', 'Was due', 'Now due']}
          id="moved"
        >
          {changes.moved.map((m) => (
            <HeadedRow key={m.ref} head={m.ref}>
              <td className="govuk-table__cell">{m.title}</td>
              <td className="govuk-table__cell">{m.from.due}</td>
              <td className="govuk-table__cell">{m.to.due}</td>
            </HeadedRow>
          ))}
        </Table>
      )}
    </>
  );
}

function Changes({ summary }: { summary: PlanPublicationSummary }) {
  const changes = summary.changes;
  if (changes === null || summary.supersedes === null) return null;
  const total = changes.added.length + changes.removed.length + changes.moved.length;
  return (
    <>
      <h2 className="govuk-heading-m">What changes against version {summary.supersedes.version}</h2>
      {total === 0 ? (
        <p className="govuk-body">No milestone is added, removed or due in another quarter.</p>
      ) : (
        <ChangeTables changes={changes} />
      )}
    </>
  );
}

/** Everything the confirmation page shows before its buttons: the versions, what goes public, and what changes. */
export function PlanPublicationBody({ summary }: { summary: PlanPublicationSummary }) {
  return (
    <>
      <Versions summary={summary} />
      <h2 className="govuk-heading-m">What becomes public</h2>
      <Figures
        figures={[
          ...summary.nodes.map((n) => ({ value: n.count, label: (n.count === 1 ? n.label : n.plural).toLowerCase() })),
          { value: summary.milestones, label: summary.milestones === 1 ? 'milestone' : 'milestones' },
        ]}
      />
      {summary.milestones === 0 ? (
        <p className="govuk-body">This version sets no milestones, so owners will have nothing to report against.</p>
      ) : (
        <>
          <ByQuarter summary={summary} />
          <Leads summary={summary} />
        </>
      )}
      <Changes summary={summary} />
    </>
  );
}
