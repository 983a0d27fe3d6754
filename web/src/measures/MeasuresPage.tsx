import { Link } from 'react-router';
import { useMeasures } from './measureQueries.js';
import type { Measure } from './measureTypes.js';
import { Table } from '../shared/govuk.js';
import { POLARITY_WORDS } from './measureText.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';

function MeasuresTable({ measures }: { measures: Measure[] }) {
  return (
    <Table
      caption={<>{measures.length === 1 ? '1 measure' : `${measures.length} measures`}</>}
      columns={['Measure', 'Which way is better', 'Unit', 'Source']}
      id="measures"
      className="bl-measures-table"
    >
      {measures.map((measure) => (
        <tr className="govuk-table__row" key={measure.code}>
          <th scope="row" className="govuk-table__header">
            <Link className="govuk-link" to={`/measures/${measure.code}`}>
              {measure.name}
            </Link>
            <span className="bl-block bl-secondary-text govuk-body-s">{measure.definition}</span>
          </th>
          <td className="govuk-table__cell">{POLARITY_WORDS[measure.polarity]}</td>
          <td className="govuk-table__cell">{measure.unitWords}</td>
          <td className="govuk-table__cell">{measure.source}</td>
        </tr>
      ))}
    </Table>
  );
}

export function MeasuresPage() {
  const query = useMeasures();
  usePageTitle('Measures');
  return (
    <>
      <h1 className="govuk-heading-l">Measures</h1>
      <p className="govuk-body">
        How the force&apos;s performance is measured. Each measure says which way counts as progress. A change is called
        an improvement or a deterioration only when a statistical test shows it is unlikely to be chance; no figure is
        coloured from a bare comparison of two numbers.
      </p>
      <p className="govuk-body" id="related-pages">
        Also from police.uk&apos;s open data:{' '}
        <Link className="govuk-link" to="/stop-and-search">
          stop and search
        </Link>{' '}
        and{' '}
        <Link className="govuk-link" to="/compare-forces">
          compare forces
        </Link>
        . The force&apos;s budget and workforce are on{' '}
        <Link className="govuk-link" to="/resources">
          Resources
        </Link>
        .
      </p>
      <QueryState {...query} what="the measures">
        {(list) =>
          list.measures.length === 0 ? (
            <p className="govuk-body" id="no-measures">
              No measures are held yet. The performance team loads the plan&apos;s measures and their figures (from the
              oversight body&apos;s and the force&apos;s published files, or police.uk and the London Datastore), and
              each then shows here with its trend and verdict.
            </p>
          ) : (
            <MeasuresTable measures={list.measures} />
          )
        }
      </QueryState>
    </>
  );
}
