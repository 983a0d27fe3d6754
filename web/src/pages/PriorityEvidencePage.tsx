import { useParams } from 'react-router';
import { useEvidencePack } from '../api/priorityQueries.js';
import type { EvidenceCategory, EvidencePack } from '../api/priorityTypes.js';
import { Breadcrumbs } from '../components/Breadcrumbs.js';
import { EvidenceSection } from '../components/EvidenceSection.js';
import { formatCount } from '../components/measureText.js';
import { SyntheticCountsWarning, VerdictTag } from '../components/PriorityParts.js';
import { formatPercentChange, formatShare, ordinal } from '../components/priorityText.js';
import { QueryState } from '../components/QueryState.js';
import { usePageTitle } from '../components/usePageTitle.js';

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
          <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(c.change.current)}</td>
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
          <td className="govuk-table__cell govuk-table__cell--numeric">{formatShare(c.standing.share)}</td>
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
    <table className="govuk-table bl-priority-table" id="evidence-summary">
      <caption className="govuk-table__caption govuk-table__caption--m">Every crime a borough may choose</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {['Crime', 'Local priority'].map((column) => (
            <th scope="col" className="govuk-table__header" key={column}>
              {column}
            </th>
          ))}
          {COLUMNS.map((column) => (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={column}>
              {column}
            </th>
          ))}
          {['Verdict', 'Place in London'].map((column) => (
            <th scope="col" className="govuk-table__header" key={column}>
              {column}
            </th>
          ))}
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Share of London
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {pack.categories.map((c) => (
          <SummaryRow key={c.code} category={c} />
        ))}
      </tbody>
    </table>
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
