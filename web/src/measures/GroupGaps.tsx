import { useQuery } from '@tanstack/react-query';
import type { ResponseOf } from '../shared/apiTypes.js';
import { getJson } from '../shared/client.js';
import { formatCount, formatDate, formatPValue, formatSigned, formatTenths } from '../shared/format.js';
import { HeadedRow, NumberCell, Table, WarningText, numericColumn } from '../shared/govuk.js';
import { QueryState } from '../shared/QueryState.js';
import { TONE_TAG } from './measureText.js';
import type { Measure } from './measureTypes.js';

type GroupGapsResult = ResponseOf<'getGroupGaps'>;
type GroupRow = GroupGapsResult['groups'][number];
type Observations = ResponseOf<'listMeasureObservations'>;

const tenths = (n: number) => formatSigned(n, formatTenths);
const base = (measure: string) => `/api/measures/${encodeURIComponent(measure)}`;

/** The breakdowns ("ethnicity", "age") the area has figures for, in the order they were loaded. */
function useGroupDimensions(measure: string, area: string) {
  return useQuery({
    queryKey: ['measure-observations', measure, area],
    queryFn: () => getJson<Observations>(`${base(measure)}/observations`, { area }),
    select: (answer) => [
      ...new Set(
        answer.observations.flatMap((o) =>
          o.standing === 'shown' && o.breakdown !== null && o.breakdown.includes(':')
            ? [o.breakdown.slice(0, o.breakdown.indexOf(':')).trim()]
            : [],
        ),
      ),
    ],
  });
}

/** The latest period first, then, when there is an earlier one, the latest against the one before it. */
function useGroupGaps(measure: string, area: string, group: string) {
  const latest = useQuery({
    queryKey: ['group-gaps', measure, area, group],
    queryFn: () => getJson<GroupGapsResult>(`${base(measure)}/gaps`, { group, area }),
    retry: false,
  });
  const periods = latest.data?.periods ?? [];
  const period = periods.at(-1)?.code;
  const against = periods.at(-2)?.code;
  const compared = useQuery({
    queryKey: ['group-gaps', measure, area, group, period, against],
    queryFn: () => getJson<GroupGapsResult>(`${base(measure)}/gaps`, { group, area, period, against }),
    enabled: against !== undefined,
    retry: false,
  });
  return against === undefined ? latest : compared;
}

function sourceText(s: { source: string | null; asAt: string | null; synthetic: boolean }): string {
  if (s.source === null) return 'no figures by group';
  return `${s.source}${s.asAt === null ? ', no as-at date given' : `, as at ${formatDate(s.asAt)}`}`;
}

function gapCell(result: GroupGapsResult, row: GroupRow) {
  if (row.group === result.reference) return <td className="govuk-table__cell">Reference group</td>;
  const unit = result.kind === 'proportion' ? ' points' : '';
  return <NumberCell>{`${tenths(row.gap.gap)}${unit}`}</NumberCell>;
}

function testCell(result: GroupGapsResult, row: GroupRow) {
  if (row.group === result.reference) return <td className="govuk-table__cell" />;
  const test = row.gap.test;
  if (test === null) return <td className="govuk-table__cell">Not tested: {row.gap.notTested}</td>;
  return (
    <td className="govuk-table__cell">
      {formatPValue(test.pValue)}
      <span className="bl-secondary-text">
        {' '}
        (95% interval {tenths(test.interval.lower)} to {tenths(test.interval.upper)})
      </span>
    </td>
  );
}

const OUTCOME_WORDS: Readonly<Record<NonNullable<GroupRow['change']>['outcome'], string>> = {
  narrowed: 'Narrowed',
  widened: 'Widened',
  reversed: 'Reversed',
  'no-clear-change': 'No clear change',
  'not-tested': 'Not tested',
};

/** The gap then and now, with the test's p-value: the tag says which way, only when the test does. */
function changeDetail(row: GroupRow, change: NonNullable<GroupRow['change']>): string {
  if (change.outcome === 'not-tested') {
    const why = change.notTested ?? '';
    return `${why.charAt(0).toUpperCase()}${why.slice(1)}.`;
  }
  return `${tenths(change.earlierGap ?? 0)} then, ${tenths(row.gap.gap)} points now, ${formatPValue(change.pValue ?? 1)}`;
}

function changeCell(row: GroupRow) {
  const change = row.change;
  if (change === null) return <td className="govuk-table__cell" />;
  return (
    <td className="govuk-table__cell">
      <strong className={`govuk-tag ${TONE_TAG[change.tone]} bl-verdict-tag`}>{OUTCOME_WORDS[change.outcome]}</strong>
      <span className="bl-secondary-text"> {changeDetail(row, change)}</span>
    </td>
  );
}

function valueText(result: GroupGapsResult, row: GroupRow): string {
  return result.kind === 'proportion' ? `${formatTenths(row.value)}%` : formatCount(row.value);
}

function sampleText(row: GroupRow): string {
  if (row.sampleSize === null) return 'Not loaded';
  const effective = row.effectiveSampleSize;
  return effective === null || Math.round(effective) === row.sampleSize
    ? formatCount(row.sampleSize)
    : `${formatCount(row.sampleSize)} (effective ${formatCount(effective)})`;
}

/** One breakdown's groups: value, interval, sample, gap to the reference with its test, and whether it narrowed. */
export function GroupGapTable({ result }: { result: GroupGapsResult }) {
  const columns = [
    'Group',
    numericColumn('Value'),
    numericColumn('95% interval'),
    numericColumn('Sample'),
    numericColumn(`Gap to ${result.reference}`),
    'Test',
    ...(result.against === null ? [] : [`Gap since ${result.against.label}`]),
  ];
  return (
    <>
      {result.period.synthetic || result.against?.synthetic === true ? (
        <WarningText>
          These figures by group are synthetic demo data, made up to show how the service works.
        </WarningText>
      ) : null}
      <Table
        caption={`${result.measure.name} by ${result.group}, ${result.area.name}, ${result.period.label}`}
        columns={columns}
        id={`group-gaps-${result.group}`}
        className="bl-group-gaps"
      >
        {result.groups.map((row) => (
          <HeadedRow key={row.group} head={row.group}>
            <NumberCell>{valueText(result, row)}</NumberCell>
            <NumberCell>
              {row.interval === null
                ? 'None'
                : `${formatTenths(row.interval.lower)} to ${formatTenths(row.interval.upper)}`}
            </NumberCell>
            <NumberCell>{sampleText(row)}</NumberCell>
            {gapCell(result, row)}
            {testCell(result, row)}
            {result.against === null ? null : changeCell(row)}
          </HeadedRow>
        ))}
      </Table>
      <p className="govuk-body-s" data-testid={`group-gaps-source-${result.group}`}>
        Source: {sourceText(result.period)}
        {result.against === null ? '' : `; ${result.against.label}: ${sourceText(result.against)}`}.
        {result.referenceChosen === 'largest-sample'
          ? ` ${result.reference} is the reference because it has the largest sample.`
          : ''}
      </p>
      <p className="govuk-body-s">{result.method}</p>
    </>
  );
}

function Breakdown({ measure, area, group }: { measure: string; area: string; group: string }) {
  const query = useGroupGaps(measure, area, group);
  return (
    <QueryState {...query} what={`the figures by ${group}`}>
      {(result) => <GroupGapTable result={result} />}
    </QueryState>
  );
}

/**
 * "Gaps between groups": the plan's aim to close the gaps in confidence and satisfaction between
 * groups, for each breakdown the area has figures for. Absent when it has none.
 */
export function GroupGaps({ measure, area }: { measure: Measure; area: string }) {
  const dimensions = useGroupDimensions(measure.code, area);
  const groups = dimensions.data ?? [];
  if (measure.breakdowns.length === 0 || groups.length === 0) return null;
  return (
    <section aria-labelledby="group-gaps-heading" className="bl-group-gaps-section">
      <h2 className="govuk-heading-l" id="group-gaps-heading">
        Gaps between groups
      </h2>
      <p className="govuk-body">
        The Police and Crime Plan aims to close the gaps between groups of Londoners. Each gap is a group&apos;s figure
        less the reference group&apos;s. A gap is called narrower or wider only when the change is bigger than the
        surveys&apos; sampling error explains; otherwise it says there is no clear change.
      </p>
      {groups.map((group) => (
        <Breakdown key={group} measure={measure.code} area={area} group={group} />
      ))}
    </section>
  );
}
