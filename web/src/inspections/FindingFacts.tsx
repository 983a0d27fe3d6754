import { Link } from 'react-router';
import type { DueRule, FindingPageData, FindingSummary } from './findingResponseTypes.js';
import { formatDate } from '../shared/format.js';
import { EvidenceTitle } from './EvidenceRows.js';
import { SummaryRow } from '../shared/govuk.js';
import { findingPagePath } from './inspectionPaths.js';
import { STATE_TAG } from './inspectionText.js';

const TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

/** "2019-11-04T11:00:00Z" → "4 November 2019 at 11am", the GOV.UK way of writing a moment. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = (type: Intl.DateTimeFormatPartTypes) => TIME.formatToParts(date).find((p) => p.type === type)?.value;
  const period = (part('dayPeriod') ?? '').toLowerCase().replace(/\s|\./g, '');
  const minute = part('minute') ?? '00';
  const time = `${part('hour') ?? ''}${minute === '00' ? '' : `:${minute}`}${period}`;
  return `${part('day') ?? ''} ${part('month') ?? ''} ${part('year') ?? ''} at ${time}`;
}

/** Who made a change: a user by their username ("user:perf.lead" → "perf.lead"), a system process by its label. */
const actorName = (actor: string) => actor.replace(/^user:/, '');

export function StateTag({ finding }: { finding: Pick<FindingSummary, 'state' | 'stateLabel'> }) {
  return <strong className={`govuk-tag ${STATE_TAG[finding.state]}`}>{finding.stateLabel}</strong>;
}

/** The report's own words for when a recommendation is due, beside the date worked out from them. */
function ruleWords(rule: DueRule | null | undefined): string | null {
  if (rule == null) return null;
  switch (rule.kind) {
    case 'immediate':
      return 'The report asks for it at once';
    case 'within-months':
      return `The report gives ${rule.months === 1 ? '1 month' : `${rule.months} months`} from publication`;
    case 'by-date':
      return `The report sets ${formatDate(rule.date)}`;
    case 'none':
      return null;
  }
}

function Due({ finding }: { finding: FindingSummary }) {
  if (finding.dueOn === null) return <span className="bl-secondary">No date set</span>;
  return (
    <>
      {formatDate(finding.dueOn)}{' '}
      {finding.overdue ? <strong className="govuk-tag govuk-tag--red">Overdue</strong> : null}
      {ruleWords(finding.dueRule) === null ? null : <span className="bl-cell-note">{ruleWords(finding.dueRule)}</span>}
    </>
  );
}

/** Where the finding sits in the report, who owns it, when it is due and where it has got to. */
export function FindingFacts({ data }: { data: FindingPageData }) {
  const { finding, component, owner } = data;
  return (
    <dl className="govuk-summary-list bl-finding-facts" id="finding-facts">
      <SummaryRow label="Component">
        {component.name}
        <span className="bl-cell-note">
          {component.pillar === null ? '' : `${component.pillar} pillar; `}graded {component.gradeLabel || 'not known'}
        </span>
      </SummaryRow>
      <SummaryRow label="Owner">{owner === null ? 'Not assigned' : `${owner.name} (${owner.code})`}</SummaryRow>
      <SummaryRow label="Due">
        <Due finding={finding} />
      </SummaryRow>
      <SummaryRow label="State">
        <StateTag finding={finding} />
      </SummaryRow>
      {finding.raisedIn == null ? null : <SummaryRow label="First raised in">{finding.raisedIn}</SummaryRow>}
      {finding.priorStatus == null ? null : <SummaryRow label="Status then">{finding.priorStatus}</SummaryRow>}
    </dl>
  );
}

function RelatedItem({ inspection, finding }: { inspection: string; finding: FindingSummary }) {
  return (
    <li>
      <Link className="govuk-link govuk-!-font-weight-bold" to={findingPagePath(inspection, finding.ref)}>
        {finding.kindLabel} {finding.ref}
      </Link>{' '}
      <StateTag finding={finding} />
      <span className="bl-block">{finding.text}</span>
    </li>
  );
}

/** The cause of concern a recommendation answers, or a cause of concern's recommendations. */
export function RelatedFindings({ data }: { data: FindingPageData }) {
  const key = data.inspection.key;
  if (data.causeOfConcern !== null) {
    return (
      <>
        <h2 className="govuk-heading-m">The cause of concern it answers</h2>
        <ul className="govuk-list bl-related">
          <RelatedItem inspection={key} finding={data.causeOfConcern} />
        </ul>
      </>
    );
  }
  if (data.recommendations.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Its recommendations</h2>
      <ul className="govuk-list bl-related">
        {data.recommendations.map((r) => (
          <RelatedItem key={r.ref} inspection={key} finding={r} />
        ))}
      </ul>
    </>
  );
}

export function EvidenceList({ data }: { data: FindingPageData }) {
  return (
    <>
      <h2 className="govuk-heading-m">Evidence</h2>
      {data.evidence.length === 0 ? (
        <p className="govuk-body">No evidence yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" id="finding-evidence">
          {data.evidence.map((item, index) => (
            <li key={index}>
              <EvidenceTitle item={item} />
              <span className="bl-cell-note">
                Added {formatMoment(item.addedAt)} by {actorName(item.addedBy)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Every move the finding has made, newest first, as a timeline. */
export function FindingHistory({ data }: { data: FindingPageData }) {
  const events = [...data.history].reverse();
  return (
    <>
      <h2 className="govuk-heading-m">History</h2>
      {events.length === 0 ? (
        <p className="govuk-body">Nothing has been recorded since the report was published.</p>
      ) : (
        <ol className="bl-timeline" id="finding-history">
          {events.map((event, index) => (
            <li className="bl-timeline__item" key={`${event.happenedAt} ${index}`}>
              <h3 className="govuk-heading-s bl-timeline__title">
                {event.fromLabel} <span aria-hidden="true">→</span>
                <span className="govuk-visually-hidden">to</span> {event.toLabel}
              </h3>
              <p className="bl-timeline__byline">
                {actorName(event.actor)}, {formatMoment(event.happenedAt)}
              </p>
              {event.note === null ? null : <p className="govuk-body govuk-!-margin-bottom-2">{event.note}</p>}
              {event.evidence.length === 0 ? null : (
                <ul className="govuk-list govuk-list--bullet govuk-body-s">
                  {event.evidence.map((item, i) => (
                    <li key={i}>
                      Evidence: <EvidenceTitle item={item} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
