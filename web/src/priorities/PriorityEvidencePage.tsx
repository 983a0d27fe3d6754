import { useParams } from 'react-router';
import { useEvidencePack } from './priorityQueries.js';
import type { EvidenceCategory, EvidencePack } from './priorityTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { EvidenceSection } from './EvidenceSection.js';
import { formatCount } from '../shared/format.js';
import { SyntheticCountsWarning, VerdictTag } from './PriorityParts.js';
import { formatPercentChange, formatShare, ordinal } from './priorityText.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { NumberCell, Table, numericColumn } from '../shared/govuk.js';

const COLUMNS = ['Last 12 months', 'Change'];

function SummaryRow({ category: c }: { category: EvidenceCategory }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        <a className="govuk-link" href={`#evidence-${c.code}`}>
          {c.name}
        </a>
      </th>
      <td className="govuk-table__cell">{c.chosen ? 'Yes' : 'No'}</td>
      {c.counted ? (
        <>
          <NumberCell>{formatCount(c.change.current)}</NumberCell>
          <td className="govuk-table__cell govuk-table__cell--numeric bl-nowrap">
            {formatPercentChange(c.change.changePercent)}
          </td>
          <td className="govuk-table__cell">
            <VerdictTag label={c.change.verdictLabel} tone={c.change.tone} />
          </td>
          <td className="govuk-table__cell">
            {ordinal(c.standing.rank)} of {c.standing.of}{' '}
            <span className="bl-cell-note">by {c.standing.basis === 'rate' ? 'rate per resident' : 'count'}</span>
          </td>
          <NumberCell>{formatShare(c.standing.share)}</NumberCell>
        </>
      ) : (
        <td className="govuk-table__cell" colSpan={5}>
          No counts are loaded for this category.
        </td>
      )}
    </tr>
  );
}

function SummaryTable({ pack }: { pack: EvidencePack }) {
  return (
    <Table
      caption="Every crime a borough may choose"
      columns={[
        'Crime',
        'Local priority',
        ...COLUMNS.map(numericColumn),
        'Verdict',
        'Place in London',
        numericColumn('Share of London'),
      ]}
      id="evidence-summary"
      className="bl-priority-table"
    >
      {pack.categories.map((c) => (
        <SummaryRow key={c.code} category={c} />
      ))}
    </Table>
  );
}

function PackView({ pack }: { pack: EvidencePack }) {
  return (
    <>
      <p className="govuk-body-l">
        Monthly counts from {pack.months.label}, the three years before {pack.year}, for each of the{' '}
        {pack.categories.length} crimes a borough may choose as a local priority.
      </p>
      {pack.synthetic ? <SyntheticCountsWarning /> : null}
      <p className="govuk-body bl-no-print">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            window.print();
          }}
        >
          Print this pack
        </button>
      </p>
      <p className="govuk-body">
        The last twelve months are compared with the twelve before them by an exact test. The place in London is 1st for
        the borough with the most crimes. Each chart&apos;s centre line is the average month and its limits show how far
        a month can stray by chance alone; a diamond marks a signal.
      </p>
      <SummaryTable pack={pack} />
      {pack.categories.map((category) => (
        <EvidenceSection key={category.code} pack={pack} category={category} />
      ))}
    </>
  );
}

export function PriorityEvidencePage() {
  const { year = '', borough = '' } = useParams();
  const query = useEvidencePack(year, borough);
  const name = query.data?.borough.name;
  usePageTitle(name === undefined ? `Evidence pack ${year}` : `${name}: evidence pack ${year}`);
  return (
    <div className="bl-evidence-pack">
      <Breadcrumbs
        trail={[
          { to: `/priorities/${year}`, label: `Local priorities ${year}` },
          { to: `/priorities/${year}/boroughs/${borough}`, label: name ?? 'Borough' },
        ]}
      />
      <span className="govuk-caption-l">Evidence pack for local priorities {year}</span>
      <h1 className="govuk-heading-l">{name ?? (query.isPending ? 'Loading…' : 'Borough not found')}</h1>
      <QueryState {...query} what="the evidence pack">
        {(pack) => <PackView pack={pack} />}
      </QueryState>
    </div>
  );
}
