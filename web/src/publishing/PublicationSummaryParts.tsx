import { HeadedRow, NumberCell, numericColumn, SummaryRow, Table, WarningText } from '../shared/govuk.js';
import { formatDate } from '../shared/format.js';
import type { PublicationSummary } from './publicationTypes.js';

type Counts = PublicationSummary['counts'][number];

/** One plan's milestones of the quarter as the public will count them, "no update" a status like any other. */
function CountsTable({ counts, quarter, id }: { counts: Counts; quarter: string; id: string }) {
  return (
    <Table
      caption={`${counts.plan.title}: milestones of ${quarter}`}
      captionSize="s"
      columns={['Status', numericColumn('Milestones')]}
      id={id}
      className="bl-publication-counts"
    >
      <HeadedRow head="Due in the quarter">
        <NumberCell>{counts.due}</NumberCell>
      </HeadedRow>
      <HeadedRow head="Carried forward, still open">
        <NumberCell>{counts.carriedForward}</NumberCell>
      </HeadedRow>
      {counts.statuses.map((status) => (
        <HeadedRow key={status.code} head={`${status.symbol} ${status.label}`.trim()}>
          <NumberCell>{status.count}</NumberCell>
        </HeadedRow>
      ))}
      <HeadedRow head="Total" className="bl-total">
        <NumberCell>{counts.total}</NumberCell>
      </HeadedRow>
    </Table>
  );
}

function versionWords(summary: PublicationSummary): string {
  const { corrects, nextVersion } = summary.publication;
  if (corrects === null) return `First publication: version ${nextVersion}`;
  return `Correction: version ${nextVersion}, correcting version ${corrects.version} published ${formatDate(corrects.publishedAt.slice(0, 10))}`;
}

/** The facts a publisher checks before anything goes out: what it is, what it is built on, and what it says. */
export function PublicationFacts({ summary }: { summary: PublicationSummary }) {
  return (
    <>
      <dl className="govuk-summary-list" id="publication-facts">
        <SummaryRow label="Title">{summary.title}</SummaryRow>
        <SummaryRow label="Period">{summary.period}</SummaryRow>
        <SummaryRow label="Quarter">{summary.quarter}</SummaryRow>
        <SummaryRow label={summary.plans.length === 1 ? 'Built on' : 'Built on plans'}>
          {summary.plans.length === 0
            ? 'No published plan'
            : summary.plans.map((p) => `${p.title}, version ${p.version}`).join('; ')}
        </SummaryRow>
        <SummaryRow label="Publication">{versionWords(summary)}</SummaryRow>
      </dl>
      <h2 className="govuk-heading-m">What the public will count</h2>
      {summary.counts.map((counts, index) => (
        <CountsTable key={counts.plan.key} counts={counts} quarter={summary.quarter} id={`counts-${index + 1}`} />
      ))}
      {summary.withoutFigures.length === 0 ? null : (
        <div id="without-figures">
          <WarningText>
            {summary.withoutFigures.length === 1
              ? '1 measure has no figures for the period: it will say so, and give no verdict.'
              : `${summary.withoutFigures.length} measures have no figures for the period: each will say so, and give no verdict.`}
          </WarningText>
          <ul className="govuk-list govuk-list--bullet">
            {summary.withoutFigures.map((m) => (
              <li key={m.measure}>{m.sentence}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
