import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useBoroughScorecard, usePrioritySetHistory } from './priorityQueries.js';
import type { BoroughScorecard, PrioritySet } from './priorityTypes.js';
import { Breadcrumbs } from '../shared/Breadcrumbs.js';
import { SummaryRow as Row } from '../shared/govuk.js';
import { SyntheticCountsWarning } from './PriorityParts.js';
import { PrioritiesTable, StandingTable } from './PriorityScorecardTables.js';
import { spanWords } from './priorityText.js';
import { IN_FORCE_RULE, SetChangeNotes } from './SetChangeNotes.js';
import { QueryState } from '../shared/QueryState.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { formatDate } from '../shared/format.js';
import { SuccessBanner } from '../shared/formParts.js';
import { usePriorityEditor } from './priorityEditing.js';

function AgreedSet({ scorecard }: { scorecard: BoroughScorecard }) {
  const { set, versions } = scorecard;
  return (
    <dl className="govuk-summary-list bl-priority-agreed">
      <Row label="Agreed by">{set.agreedBy}</Row>
      <Row label="Agreed on">{formatDate(set.agreedOn)}</Row>
      <Row label="Version">
        {set.version}
        {versions > 1 ? ` of ${versions}: the set changed during the year` : ''}
      </Row>
      {set.source === null ? null : <Row label="Source">{set.source}</Row>}
    </dl>
  );
}

function VersionItem({ version }: { version: PrioritySet }) {
  return (
    <li>
      <strong>
        Version {version.version}, agreed {formatDate(version.agreedOn)}:
      </strong>{' '}
      {version.priorities
        .map((p) => (p.qualifier === null ? p.categoryName : `${p.categoryName} (${p.qualifier})`))
        .join(', ')}
      .{version.reason === null ? null : <span className="bl-cell-note">Why it changed: {version.reason}</span>}
    </li>
  );
}

function Changes({ year, borough }: { year: string; borough: string }) {
  const query = usePrioritySetHistory(year, borough, true);
  return (
    <section aria-labelledby="changes-heading">
      <h2 className="govuk-heading-m" id="changes-heading">
        Changes during the year
      </h2>
      <QueryState {...query} what="the earlier versions">
        {(history) => (
          <ol className="govuk-list bl-priority-versions">
            {history.versions.map((version) => (
              <VersionItem key={version.version} version={version} />
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}

function ScorecardView({ scorecard }: { scorecard: BoroughScorecard }) {
  const { periods, set, year } = scorecard;
  return (
    <>
      {scorecard.synthetic ? <SyntheticCountsWarning /> : null}
      <AgreedSet scorecard={scorecard} />
      {scorecard.versions > 1 ? <Changes year={year} borough={set.boroughCode} /> : null}
      {scorecard.notInForce === null ? null : (
        <div className="govuk-inset-text" data-testid="not-in-force">
          {scorecard.notInForce}
        </div>
      )}
      <SetChangeNotes changes={scorecard.changes} />
      <p className="govuk-body">
        Each crime compares {periods.current.label} with {periods.previous.label}. The rolling figure is the twelve
        months {spanWords(periods.rolling)}. A change is judged by an exact test, never by its size alone; the last
        column tests the borough&apos;s change against the change in the rest of London. {IN_FORCE_RULE} A priority
        chosen for part of the months is judged, with London beside it, over those months only.
      </p>
      <PrioritiesTable scorecard={scorecard} />
      <StandingTable scorecard={scorecard} />
      <h2 className="govuk-heading-m">Why these priorities</h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/priorities/${year}/boroughs/${set.boroughCode}/evidence`}>
          Read the evidence pack for {set.borough.name}
        </Link>
        : three years of monthly counts for every crime a borough may choose, and where {set.borough.name} stands in
        London.
      </p>
    </>
  );
}

/** The way to record a new set, for those who may; the API refuses anyone else. */
function RecordButton({ year, borough, hasSet }: { year: string; borough: string; hasSet: boolean }) {
  const editor = usePriorityEditor();
  if (editor.csrfToken === null) return null;
  return (
    <Link
      className="govuk-button govuk-button--secondary"
      data-module="govuk-button"
      to={`/priorities/${year}/boroughs/${borough}/record`}
    >
      {hasSet ? 'Record a change to these priorities' : 'Record priorities'}
    </Link>
  );
}

/** The version just recorded, when the record page sent the reader here. */
function recordedVersion(state: unknown): number | null {
  const recorded = (state as { recorded?: unknown } | null)?.recorded;
  return typeof recorded === 'number' ? recorded : null;
}

export function PriorityBoroughPage() {
  const { year = '', borough = '' } = useParams();
  const [params] = useSearchParams();
  const period = params.get('period') ?? undefined;
  const recorded = recordedVersion(useLocation().state);
  const query = useBoroughScorecard(year, borough, period);
  const set = query.data?.set;
  usePageTitle(set === undefined ? `Local priorities ${year}` : `${set.borough.name}: local priorities ${year}`);
  return (
    <>
      <Breadcrumbs trail={[{ to: `/priorities/${year}`, label: `Local priorities ${year}` }]} />
      {recorded === null ? null : <SuccessBanner text={`Version ${recorded} of the priorities recorded.`} />}
      <span className="govuk-caption-l">
        Local priorities {year}
        {set?.borough.bcu ? `, ${set.borough.bcu.name} BCU` : ''}
      </span>
      <h1 className="govuk-heading-l">{set?.borough.name ?? (query.isPending ? 'Loading…' : 'Borough not found')}</h1>
      {query.isPending ? null : <RecordButton year={year} borough={borough} hasSet={set !== undefined} />}
      <QueryState {...query} what="the borough's scorecard">
        {(scorecard) => <ScorecardView scorecard={scorecard} />}
      </QueryState>
    </>
  );
}
