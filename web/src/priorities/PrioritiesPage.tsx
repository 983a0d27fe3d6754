import { Link, Navigate, useParams } from 'react-router';
import { usePrioritySets } from './priorityQueries.js';
import type { PrioritySetList } from './priorityTypes.js';
import { NumberCell, Table } from '../shared/govuk.js';
import { PickerForm, PriorityName, StandingPriorityList } from './PriorityParts.js';
import { financialYearOn } from './priorityText.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { usePriorityEditor } from './priorityEditing.js';

function SetsTable({ list }: { list: PrioritySetList }) {
  return (
    <Table
      caption={<>Each borough&apos;s local priorities in {list.year}</>}
      columns={['Basic Command Unit', 'Borough', 'Local priorities']}
      id="priority-sets"
      className="bl-priority-table"
    >
      {list.sets.map((set) => (
        <tr className="govuk-table__row" key={set.boroughCode}>
          <td className="govuk-table__cell">{set.borough.bcu?.name ?? 'No BCU recorded'}</td>
          <th scope="row" className="govuk-table__header">
            <Link className="govuk-link" to={`/priorities/${list.year}/boroughs/${set.boroughCode}`}>
              {set.borough.name}
            </Link>
            {set.version > 1 ? <span className="bl-cell-note">Changed during the year</span> : null}
          </th>
          <td className="govuk-table__cell">
            <ul className="govuk-list bl-priority-list">
              {set.priorities.map((p) => (
                <li key={p.categoryCode}>
                  <PriorityName name={p.categoryName} qualifier={p.qualifier} />
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </Table>
  );
}

function TallyTable({ list }: { list: PrioritySetList }) {
  return (
    <Table
      caption="Chosen by"
      columns={['Crime', { label: 'Boroughs', className: 'govuk-table__header--numeric' }]}
      id="priority-tally"
      className="bl-priority-tally"
    >
      {list.tally.map((t) => (
        <tr className="govuk-table__row" key={t.categoryCode}>
          <th scope="row" className="govuk-table__header">
            <Link className="govuk-link" to={`/priorities/${list.year}/categories/${t.categoryCode}`}>
              {t.categoryName}
            </Link>
          </th>
          <NumberCell>{t.boroughs}</NumberCell>
        </tr>
      ))}
    </Table>
  );
}

function YearView({ list }: { list: PrioritySetList }) {
  const years = list.years.includes(list.year) ? list.years : [list.year, ...list.years];
  return (
    <>
      <PickerForm
        id="year"
        label="Financial year"
        value={list.year}
        options={years.map((y) => ({ value: y, label: y }))}
        pathFor={(year) => `/priorities/${year}`}
      />
      {list.sets.length === 0 ? (
        <p className="govuk-body">No borough has local priorities recorded for {list.year} yet.</p>
      ) : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">{list.sets.length === 0 ? null : <TallyTable list={list} />}</div>
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">Priorities in every borough</h2>
          <StandingPriorityList standing={list.standing} />
        </div>
      </div>
      {list.sets.length === 0 ? null : <SetsTable list={list} />}
      {list.boroughsWithoutSet.length === 0 || list.sets.length === 0 ? null : (
        <p className="govuk-body">
          No priorities are recorded for {list.boroughsWithoutSet.map((b) => b.name).join(', ')}.
        </p>
      )}
      <RecordLinks list={list} />
    </>
  );
}

/** For those who may record priorities: a way to record them for each borough that has none this year. */
function RecordLinks({ list }: { list: PrioritySetList }) {
  const editor = usePriorityEditor();
  if (editor.csrfToken === null || list.boroughsWithoutSet.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Record priorities</h2>
      <ul className="govuk-list" id="record-links">
        {list.boroughsWithoutSet.map((b) => (
          <li key={b.code}>
            <Link className="govuk-link" to={`/priorities/${list.year}/boroughs/${b.code}/record`}>
              Record {b.name}&apos;s priorities for {list.year}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** For those who may edit it: the way to the crimes boroughs may choose and the standing priorities. */
function CatalogueLink() {
  const editor = usePriorityEditor();
  if (editor.csrfToken === null) return null;
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/priorities/catalogue">
        Change the crimes boroughs may choose and the priorities every borough has
      </Link>
    </p>
  );
}

/** Without a year in the address, the latest year with priorities, else the year we are in. */
function LatestYear() {
  const query = usePrioritySets(financialYearOn(new Date()));
  return (
    <QueryState {...query} what="the local priorities">
      {(list) => {
        const latest = list.years[0];
        return latest === undefined || latest === list.year ? (
          <YearView list={list} />
        ) : (
          <Navigate to={`/priorities/${latest}`} replace />
        );
      }}
    </QueryState>
  );
}

function ChosenYear({ year }: { year: string }) {
  const query = usePrioritySets(year);
  return (
    <QueryState {...query} what="the local priorities">
      {(list) => <YearView list={list} />}
    </QueryState>
  );
}

export function PrioritiesPage() {
  const { year } = useParams();
  usePageTitle(year === undefined ? 'Local priorities' : `Local priorities ${year}`);
  return (
    <>
      <span className="govuk-caption-l">Boroughs</span>
      <h1 className="govuk-heading-l">Local priorities{year === undefined ? '' : ` ${year}`}</h1>
      <p className="govuk-body-l">
        Every year each borough agrees with the force and the oversight body the crimes it will concentrate on. Open a
        borough for its scorecard, or a crime to see whether it fell more where it was a priority.
      </p>
      <CatalogueLink />
      {year === undefined ? <LatestYear /> : <ChosenYear year={year} />}
    </>
  );
}
