import { lazy, type SyntheticEvent } from 'react';
import { ChartSuspense } from '../shared/ChartSuspense.js';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { usePoliceUkForces, useStopSearch } from './crimeDataQueries.js';
import type { PoliceUkForce, StopSearchScrutiny } from './crimeDataTypes.js';
import { LoadDataLink } from '../data-loads/index.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { FilterSelect, FilterSubmit, formText } from '../shared/FilterSelect.js';
import { SummaryRow } from '../shared/govuk.js';
import { formatCount, formatMonth } from '../shared/format.js';
import { QueryState } from '../shared/QueryState.js';
import { EthnicityTable, MonthsTable, ObjectTables, OutcomesTable } from './StopSearchTables.js';
import { shareWithInterval } from './stopSearchText.js';
import { usePageTitle } from '../shared/usePageTitle.js';

const SearchesChart = lazy(() => import('./SearchesChart.js').then((m) => ({ default: m.SearchesChart })));

interface ChoiceProps {
  forces: PoliceUkForce[];
  force: string;
  scrutiny: StopSearchScrutiny;
}

/** Which force and months: a GET form, so every view has its own address. */
function Choice({ forces, force, scrutiny }: ChoiceProps) {
  const navigate = useNavigate();
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (field: string): string => formText(data, field);
    const search = new URLSearchParams({ from: text('from'), to: text('to') });
    void navigate(`/stop-and-search/${encodeURIComponent(text('force') || force)}?${search.toString()}`);
  };
  const months = scrutiny.monthsHeld.map((m) => ({ value: m, label: formatMonth(m) }));
  const forceOptions = forces.some((f) => f.code === force) ? forces : [...forces, scrutiny.force];
  return (
    <form
      className="bl-filters bl-measure-form"
      onSubmit={submit}
      aria-label="Choose a force and months"
      key={`${force}-${scrutiny.firstMonth}-${scrutiny.lastMonth}`}
    >
      <div className="bl-filters__row">
        <FilterSelect
          id="force"
          label="Force"
          value={force}
          options={forceOptions.map((f) => ({ value: f.code, label: f.name }))}
          wide
        />
        {months.length > 0 ? (
          <FilterSelect id="from" label="From" value={scrutiny.firstMonth} options={months} />
        ) : null}
        {months.length > 0 ? <FilterSelect id="to" label="To" value={scrutiny.lastMonth} options={months} /> : null}
        <FilterSubmit label="Show" />
      </div>
    </form>
  );
}

function KeyFigures({ scrutiny }: { scrutiny: StopSearchScrutiny }) {
  return (
    <dl className="govuk-summary-list">
      <SummaryRow label="Searches">{formatCount(scrutiny.searches)}</SummaryRow>
      {scrutiny.linksRecorded ? (
        <SummaryRow label="Found what was looked for">{shareWithInterval(scrutiny.findRate)}</SummaryRow>
      ) : null}
      <SummaryRow label="Led to an arrest">{shareWithInterval(scrutiny.arrestRate)}</SummaryRow>
    </dl>
  );
}

function Method({ scrutiny }: { scrutiny: StopSearchScrutiny }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">How these figures are worked out</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          Counts come from the police.uk stop and search files the force publishes each month, dated by London time. The{' '}
          <strong>find rate</strong> is the share of searches whose outcome was linked to the object of the search.
          Intervals on rates are 95% Wilson intervals.
        </p>
        <p className="govuk-body">
          The <strong>rate against {scrutiny.referenceGroup}</strong> divides a group&apos;s searches per resident by{' '}
          {scrutiny.referenceGroup} residents&apos; searches per resident, with an exact 95% interval. It uses
          officer-defined ethnicity, the only field recorded for almost every search.{' '}
          {scrutiny.population === null
            ? 'No residents by ethnic group are loaded for this force, so rates per head are not shown.'
            : `Residents by ethnic group: ${scrutiny.population.source} (${scrutiny.population.year}).`}
        </p>
      </div>
    </details>
  );
}

function Scrutiny({ scrutiny, forces }: { scrutiny: StopSearchScrutiny; forces: PoliceUkForce[] }) {
  if (scrutiny.monthsHeld.length === 0) {
    return (
      <>
        <Choice forces={forces} force={scrutiny.force.code} scrutiny={scrutiny} />
        <p className="govuk-body">
          No stop and search files are loaded for {scrutiny.force.name} yet. An analyst loads them on the{' '}
          <Link className="govuk-link" to="/data-loads#police-uk">
            data loads page
          </Link>{' '}
          (files, month folders or the archive zip as police.uk gives them).
        </p>
      </>
    );
  }
  return (
    <>
      <Choice forces={forces} force={scrutiny.force.code} scrutiny={scrutiny} />
      <div className="govuk-inset-text">
        {scrutiny.sentences.map((sentence) => (
          <p className="govuk-body" key={sentence}>
            {sentence}
          </p>
        ))}
      </div>
      <KeyFigures scrutiny={scrutiny} />
      <h2 className="govuk-heading-l">Month by month</h2>
      <ChartSuspense>
        <SearchesChart scrutiny={scrutiny} />
      </ChartSuspense>
      <MonthsTable scrutiny={scrutiny} />
      <h2 className="govuk-heading-l">Who is searched</h2>
      <EthnicityTable
        rows={scrutiny.officerDefined}
        scrutiny={scrutiny}
        caption="By ethnicity, as the officer saw it"
        withRates
      />
      <EthnicityTable
        rows={scrutiny.selfDefined}
        scrutiny={scrutiny}
        caption="By ethnicity, as the person described it"
        withRates={false}
      />
      <h2 className="govuk-heading-l">What searches find</h2>
      <ObjectTables scrutiny={scrutiny} />
      <OutcomesTable scrutiny={scrutiny} />
      <Method scrutiny={scrutiny} />
    </>
  );
}

export function StopSearchPage() {
  const { force = 'metropolitan' } = useParams();
  const [params] = useSearchParams();
  const forces = usePoliceUkForces();
  const query = useStopSearch(force, params.get('from') ?? undefined, params.get('to') ?? undefined);
  const name = query.data?.force.name;
  usePageTitle(name === undefined ? 'Stop and search' : `Stop and search: ${name}`);
  const period =
    query.data === undefined || query.data.monthsHeld.length === 0
      ? null
      : `${formatMonth(query.data.firstMonth)} to ${formatMonth(query.data.lastMonth)}`;
  return (
    <>
      <Breadcrumbs trail={[{ to: '/measures', label: 'Measures' }]} />
      <span className="govuk-caption-l">Stop and search{period === null ? '' : `, ${period}`}</span>
      <h1 className="govuk-heading-l">{name ?? 'Stop and search'}</h1>
      <LoadDataLink kind="police-uk">Load police.uk files</LoadDataLink>
      <QueryState {...query} what="stop and search figures">
        {(scrutiny) => <Scrutiny scrutiny={scrutiny} forces={forces.data?.forces ?? []} />}
      </QueryState>
    </>
  );
}
