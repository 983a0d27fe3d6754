import { useParams, useSearchParams } from 'react-router';
import { useCategoryScorecard, usePriorityCatalogue } from './priorityQueries.js';
import type { CategoryScorecard, GroupChange } from './priorityTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { formatCount } from '../shared/format.js';
import { PickerForm, SyntheticCountsWarning } from './PriorityParts.js';
import { categoryGapWords, formatPercentChange, spanWords, withPeriod } from './priorityText.js';
import { TileMap, TileMapTable } from './PriorityTileMap.js';
import { IN_FORCE_RULE, SetChangeNotes } from './SetChangeNotes.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { HeadedRow, NumberCell, Table, numericColumn } from '../shared/govuk.js';

function GroupRow({ label, group }: { label: string; group: GroupChange }) {
  return (
    <HeadedRow head={label}>
      <NumberCell>{group.boroughs}</NumberCell>
      <NumberCell>{formatCount(group.previous)}</NumberCell>
      <NumberCell>{formatCount(group.current)}</NumberCell>
      <NumberCell>{formatPercentChange(group.changePercent)}</NumberCell>
    </HeadedRow>
  );
}

function GroupTable({ scorecard }: { scorecard: CategoryScorecard }) {
  const { periods } = scorecard;
  const columns = ['Boroughs', spanWords(periods.previous), spanWords(periods.current), 'Change'];
  return (
    <Table
      caption={<>{scorecard.category.name}: where it is a priority and where it is not</>}
      columns={['Group', ...columns.map(numericColumn)]}
      id="category-groups"
      className="bl-priority-groups"
    >
      <GroupRow label="London" group={scorecard.london} />
      <GroupRow label="Priority boroughs" group={scorecard.chosen} />
      <GroupRow label="Other boroughs" group={scorecard.others} />
    </Table>
  );
}

function CategoryPicker({ scorecard, period }: { scorecard: CategoryScorecard; period: string | undefined }) {
  const catalogue = usePriorityCatalogue();
  const eligible = catalogue.data?.eligible ?? [];
  const options = eligible.some((c) => c.code === scorecard.category.code)
    ? eligible
    : [scorecard.category, ...eligible];
  return (
    <PickerForm
      id="category"
      label="Crime"
      value={scorecard.category.code}
      options={options.map((c) => ({ value: c.code, label: c.name }))}
      pathFor={(code) => withPeriod(`/priorities/${scorecard.year}/categories/${code}`, period)}
    />
  );
}

function ScorecardView({ scorecard, period }: { scorecard: CategoryScorecard; period: string | undefined }) {
  const { periods, gap } = scorecard;
  return (
    <>
      {scorecard.synthetic ? <SyntheticCountsWarning /> : null}
      <p className="govuk-body-l" data-testid="category-sentence">
        {scorecard.sentence}
      </p>
      <SetChangeNotes changes={scorecard.changes} />
      <p className="govuk-body">
        The figures compare {periods.current.label} with {periods.previous.label}. {IN_FORCE_RULE}
      </p>
      {!scorecard.counted ? (
        <p className="govuk-body">No counts are loaded for this category.</p>
      ) : (
        <>
          <GroupTable scorecard={scorecard} />
          <h2 className="govuk-heading-m">Is the gap more than chance?</h2>
          <p className="govuk-body" data-testid="gap-words">
            {gap === null
              ? 'The gap cannot be tested: one of the groups has no crimes counted.'
              : categoryGapWords(gap, scorecard.chosen, scorecard.others)}
          </p>
          <h2 className="govuk-heading-m">Borough by borough</h2>
          <TileMap year={scorecard.year} category={scorecard.category.code} period={period} />
        </>
      )}
      <CategoryPicker scorecard={scorecard} period={period} />
      {scorecard.counted ? <TileMapTable scorecard={scorecard} period={period} /> : null}
    </>
  );
}

export function PriorityCategoryPage() {
  const { year = '', category = '' } = useParams();
  const [params] = useSearchParams();
  const period = params.get('period') ?? undefined;
  const query = useCategoryScorecard(year, category, period);
  const name = query.data?.category.name;
  usePageTitle(name === undefined ? `Local priorities ${year}` : `${name}: local priorities ${year}`);
  return (
    <>
      <Breadcrumbs trail={[{ to: `/priorities/${year}`, label: `Local priorities ${year}` }]} />
      <span className="govuk-caption-l">Local priorities {year}</span>
      <h1 className="govuk-heading-l">{name ?? (query.isPending ? 'Loading…' : 'Crime not found')}</h1>
      <QueryState {...query} what="the crime's scorecard">
        {(scorecard) => <ScorecardView scorecard={scorecard} period={period} />}
      </QueryState>
    </>
  );
}
