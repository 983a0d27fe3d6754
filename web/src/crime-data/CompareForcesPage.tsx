import type { SyntheticEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useForceComparison, usePoliceUkForces } from './crimeDataQueries.js';
import type { ForceComparison, PoliceUkForce } from './crimeDataTypes.js';
import { LoadDataLink } from '../data-loads/index.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { FilterSelect, FilterSubmit, formText } from '../shared/FilterSelect.js';
import { CrimeMonthsTable, GroupTable, PlacesTable } from './ForceComparisonTables.js';
import { formatCount, formatMonth, formatRatio } from '../shared/format.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year = 0, month = 1] = first.split('-').map(Number);
  for (let code = first; code <= last && months.length < 240;) {
    months.push(code);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
    code = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

interface Choice {
  force: string;
  category: string;
  from: string;
  to: string;
}

function ChoiceForm({
  forces,
  choice,
  comparison,
}: {
  forces: PoliceUkForce[];
  choice: Choice;
  comparison?: ForceComparison;
}) {
  const navigate = useNavigate();
  const held = forces.find((f) => f.code === choice.force)?.months;
  const months = held === null || held === undefined ? [] : monthsBetween(held.first, held.last);
  const categories = comparison?.categories ?? [{ code: choice.category, name: choice.category }];
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (field: string): string => formText(data, field);
    const search = new URLSearchParams({
      force: text('force'),
      category: text('category'),
      from: text('from'),
      to: text('to'),
    });
    void navigate(`/compare-forces?${search.toString()}`);
  };
  const monthOptions = months.map((m) => ({ value: m, label: formatMonth(m) }));
  return (
    <form
      className="bl-filters bl-measure-form"
      onSubmit={submit}
      aria-label="Choose a force, a crime and months"
      key={JSON.stringify(choice)}
    >
      <div className="bl-filters__row">
        <FilterSelect
          id="force"
          label="Force"
          value={choice.force}
          options={forces.map((f) => ({ value: f.code, label: f.name }))}
          wide
        />
        <FilterSelect
          id="category"
          label="Crime"
          value={choice.category}
          options={categories.map((c) => ({ value: c.code, label: c.name }))}
        />
        <FilterSelect id="from" label="From" value={choice.from} options={monthOptions} />
        <FilterSelect id="to" label="To" value={choice.to} options={monthOptions} />
        <FilterSubmit label="Compare" />
      </div>
    </form>
  );
}

function Summary({ comparison }: { comparison: ForceComparison }) {
  const { force, againstPeers } = comparison;
  const name = comparison.categories.find((c) => c.code === comparison.category)?.name ?? comparison.category;
  const span = `${formatMonth(comparison.firstMonth)} to ${formatMonth(comparison.lastMonth)}`;
  const rate = force.ratePer1000 === null ? '' : ` (${formatRatio(force.ratePer1000)} per 1,000 residents)`;
  let peers = 'Load force populations to compare rates with the most similar group.';
  if (againstPeers !== null && againstPeers.ratio !== null) {
    const interval = `95% interval ${formatRatio(againstPeers.interval.lower)} to ${formatRatio(againstPeers.interval.upper)}`;
    const verdict = againstPeers.significant
      ? 'a statistically significant difference'
      : 'no statistically significant difference';
    peers = `That is ${formatRatio(againstPeers.ratio)} times the rate of its peers together (${interval}): ${verdict}.`;
  }
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        {force.name} recorded {formatCount(force.crimes)} crimes of the kind “{name}” from {span}
        {rate}.
      </p>
      <p className="govuk-body">
        {comparison.peers.length === 0 ? 'No most similar group is set for this force.' : peers}
      </p>
    </div>
  );
}

export function CompareForcesPage() {
  const [params] = useSearchParams();
  const forces = usePoliceUkForces();
  const list = forces.data?.forces ?? [];
  const force = params.get('force') ?? list.find((f) => f.peers.length > 0)?.code ?? list[0]?.code ?? '';
  const months = list.find((f) => f.code === force)?.months;
  const choice: Choice = {
    force,
    category: params.get('category') ?? 'all-crime',
    from: params.get('from') ?? months?.first ?? '',
    to: params.get('to') ?? months?.last ?? '',
  };
  const query = useForceComparison(
    choice.force,
    choice.category,
    choice.from,
    choice.to,
    choice.from !== '' && choice.force !== '',
  );
  usePageTitle('Compare forces');
  return (
    <>
      <Breadcrumbs trail={[{ to: '/measures', label: 'Measures' }]} />
      <span className="govuk-caption-l">police.uk street-level crime</span>
      <h1 className="govuk-heading-l">Compare forces</h1>
      <LoadDataLink kind="police-uk">Load police.uk files</LoadDataLink>
      <QueryState {...forces} what="the forces">
        {() =>
          list.length === 0 ? (
            <p className="govuk-body">
              No police.uk street files are loaded yet. An analyst loads them on the{' '}
              <Link className="govuk-link" to="/data-loads#police-uk">
                data loads page
              </Link>{' '}
              (files, month folders or the archive zip as police.uk gives them). See also{' '}
              <Link className="govuk-link" to="/stop-and-search">
                stop and search
              </Link>
              .
            </p>
          ) : (
            <>
              <ChoiceForm forces={list} choice={choice} comparison={query.data} />
              <QueryState {...query} what="the comparison">
                {(comparison) => (
                  <>
                    <Summary comparison={comparison} />
                    <GroupTable comparison={comparison} />
                    <CrimeMonthsTable comparison={comparison} />
                    <PlacesTable comparison={comparison} />
                  </>
                )}
              </QueryState>
            </>
          )
        }
      </QueryState>
    </>
  );
}
