import { Link } from 'react-router';
import type { ComponentReadiness, InspectionReadiness, ReadinessVerdict } from './findingResponseTypes.js';
import type { Grade } from './inspectionTypes.js';
import { formatDate } from '../shared/format.js';
import { StateTag } from './FindingFacts.js';
import { Table } from '../shared/govuk.js';
import { findingPagePath } from './inspectionPaths.js';
import { GRADE_TAG } from './inspectionText.js';
import { MilestoneDue, MilestoneRef } from './LinkedMilestoneTable.js';
import { ComponentFiguresNote, ReadinessFigureCells } from './ReadinessFigures.js';

/** Green, yellow or red, and always the words, so the colour never carries the verdict alone. */
const VERDICT_TAG: Readonly<Record<ReadinessVerdict, string>> = {
  ready: 'govuk-tag--green',
  'work-outstanding': 'govuk-tag--yellow',
  'not-ready': 'govuk-tag--red',
};

export function VerdictTag({ verdict, label }: { verdict: ReadinessVerdict; label: string }) {
  return <strong className={`govuk-tag bl-verdict-tag ${VERDICT_TAG[verdict]}`}>{label}</strong>;
}

/** The readiness answer names grades by label only: "Requires improvement" is the grade requires-improvement. */
function GradeLabelTag({ label }: { label: string }) {
  const grade = label.toLowerCase().replace(/\s+/g, '-') as Grade;
  return <strong className={`govuk-tag ${GRADE_TAG[grade] ?? 'govuk-tag--grey'}`}>{label}</strong>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 of 10 components are not ready; 5 have work outstanding." */
export function OverallSentence({ readiness }: { readiness: InspectionReadiness }) {
  const count = (v: ReadinessVerdict) => readiness.components.filter((c) => c.verdict === v).length;
  const total = readiness.components.length;
  return (
    <p className="govuk-body govuk-!-margin-bottom-0">
      Of {plural(total, 'component', 'components')}, {count('not-ready')} not ready, {count('work-outstanding')} with
      work outstanding and {count('ready')} ready.
    </p>
  );
}

function OutstandingFindings({ inspection, component }: { inspection: string; component: ComponentReadiness }) {
  return (
    <Table
      caption="Findings still open"
      captionSize="s"
      columns={['Ref', 'Finding', 'Due', 'State', 'Actions', 'Figures since the report']}
      className="bl-readiness-detail"
    >
      {component.findings.map((f) => (
        <tr className="govuk-table__row" key={f.ref}>
          <th scope="row" className="govuk-table__header bl-nowrap">
            <Link className="govuk-link" to={findingPagePath(inspection, f.ref)}>
              {f.ref}
            </Link>
          </th>
          <td className="govuk-table__cell">
            <span className="bl-cell-note">{f.kindLabel}</span>
            {f.text}
            {f.parts.length === 0 ? null : (
              <ul className="govuk-list govuk-list--bullet bl-readiness__parts">
                {f.parts.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
          </td>
          <td className="govuk-table__cell">
            {f.dueOn === null ? (
              <span className="bl-secondary">No date set</span>
            ) : (
              <span className="bl-block bl-nowrap">{formatDate(f.dueOn)}</span>
            )}
            {f.overdue ? <strong className="govuk-tag govuk-tag--red bl-tag--small">Overdue</strong> : null}
          </td>
          <td className="govuk-table__cell">
            <StateTag finding={f} />
          </td>
          <ReadinessFigureCells figures={component.findingFigures.find((x) => x.findingRef === f.ref)} />
        </tr>
      ))}
    </Table>
  );
}

function LateActions({ inspection, component }: { inspection: string; component: ComponentReadiness }) {
  if (component.lateActions.length === 0) return null;
  return (
    <Table
      caption="Late actions and milestones"
      captionSize="s"
      columns={['Ref', 'Milestone', 'For', 'Due']}
      className="bl-readiness-detail"
    >
      {component.lateActions.map((link) => (
        <tr className="govuk-table__row" key={`${link.findingRef} ${link.planKey} ${link.milestoneRef}`}>
          <th scope="row" className="govuk-table__header bl-nowrap">
            <MilestoneRef link={link} />
          </th>
          <td className="govuk-table__cell">
            {link.milestone?.title ?? link.milestoneRef}
            <span className="bl-cell-note">{link.planTitle ?? link.planKey}</span>
          </td>
          <td className="govuk-table__cell bl-nowrap">
            <Link className="govuk-link" to={findingPagePath(inspection, link.findingRef)}>
              {link.findingRef}
            </Link>
          </td>
          <td className="govuk-table__cell">
            <MilestoneDue link={link} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

function ComponentRows({ inspection, component }: { inspection: string; component: ComponentReadiness }) {
  const c = component;
  const summary = [
    plural(c.outstanding, 'open finding', 'open findings'),
    ...(c.lateActions.length === 0 ? [] : [plural(c.lateActions.length, 'late action', 'late actions')]),
  ].join(' and ');
  return (
    <>
      <tr className="govuk-table__row bl-readiness__component" data-testid="readiness-row">
        <th scope="row" className="govuk-table__header">
          {c.name}
        </th>
        <td className="govuk-table__cell">
          <GradeLabelTag label={c.gradeLabel} />
        </td>
        <td className="govuk-table__cell">
          <VerdictTag verdict={c.verdict} label={c.verdictLabel} />
          {c.reasons.length === 0 ? null : (
            <ul className="govuk-list govuk-list--bullet bl-readiness__reasons">
              {c.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
          <ComponentFiguresNote component={c} />
        </td>
        {[c.outstanding, c.overdueFindings, c.overdueActions, c.withoutAction].map((n, i) => (
          <td className="govuk-table__cell govuk-table__cell--numeric" key={i}>
            {n}
          </td>
        ))}
      </tr>
      {c.outstanding === 0 ? null : (
        <tr className="govuk-table__row bl-readiness__more">
          <td className="govuk-table__cell" colSpan={7}>
            <details className="govuk-details govuk-!-margin-bottom-0">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">
                  Show the {summary}
                  <span className="govuk-visually-hidden"> in {c.name}</span>
                </span>
              </summary>
              <div className="govuk-details__text">
                <OutstandingFindings inspection={inspection} component={c} />
                <LateActions inspection={inspection} component={c} />
              </div>
            </details>
          </td>
        </tr>
      )}
    </>
  );
}

const COLUMNS: readonly [string, string][] = [
  ['Component', 'name'],
  ['Grade', 'grade'],
  ['Readiness', 'verdict'],
  ['Open findings', 'count'],
  ['Past due', 'count'],
  ['Late actions', 'count'],
  ['No action yet', 'count'],
];

function Head() {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {COLUMNS.map(([title, kind]) => (
          <th
            scope="col"
            key={title}
            className={`govuk-table__header bl-readiness__col--${kind}${kind === 'count' ? ' govuk-table__header--numeric' : ''}`}
          >
            {title}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One table per pillar, each component with its verdict, its counts and, to open, what is outstanding. */
export function ReadinessTables({ readiness }: { readiness: InspectionReadiness }) {
  const pillars = [...new Set(readiness.components.map((c) => c.pillar))];
  return (
    <>
      {pillars.map((pillar) => (
        <table className="govuk-table bl-readiness" key={pillar} id={`readiness-${pillar.toLowerCase()}`}>
          <caption className="govuk-table__caption govuk-table__caption--m">{pillar || 'Other components'}</caption>
          <Head />
          <tbody className="govuk-table__body">
            {readiness.components
              .filter((c) => c.pillar === pillar)
              .map((c) => (
                <ComponentRows key={c.key} inspection={readiness.inspection.key} component={c} />
              ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
