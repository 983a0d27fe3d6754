import { Link } from 'react-router';
import type { ComparedForce, ComparedJudgment, GradeComparison, GradeSource } from './findingResponseTypes.js';
import { SummaryRow } from '../shared/govuk.js';
import { GradeTag } from './InspectionTags.js';

function ForceHeader({ force }: { force: ComparedForce }) {
  return (
    <th scope="col" className="govuk-table__header bl-comparison__force">
      {force.name}
      {force.subject ? <span className="bl-cell-note">This report</span> : null}
      {force.carriedForward ? <span className="bl-cell-note">(carried forward)</span> : null}
    </th>
  );
}

function GradeCell({ grade }: { grade: ComparedJudgment['grades'][number] | undefined }) {
  return (
    <td className="govuk-table__cell">
      {grade?.grade == null ? (
        <span className="bl-secondary">Not known</span>
      ) : (
        <GradeTag judgment={{ grade: grade.grade, gradeLabel: grade.gradeLabel ?? grade.grade }} />
      )}
    </td>
  );
}

/** Judgments as rows (each pillar, its components indented beneath), forces as columns, the subject first. */
export function GradeComparisonTable({ comparison, forces }: { comparison: GradeComparison; forces: ComparedForce[] }) {
  return (
    <table className="govuk-table bl-judgments bl-comparison" id="grade-comparison">
      <caption className="govuk-table__caption govuk-table__caption--m">Grades, force by force</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Pillar and component
          </th>
          {forces.map((force) => (
            <ForceHeader key={force.force} force={force} />
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {comparison.judgments.map((judgment) => (
          <tr
            className={`govuk-table__row${judgment.level === 'pillar' ? ' bl-judgments__pillar' : ''}`}
            data-testid={`${judgment.level}-row`}
            key={judgment.key}
          >
            <th
              scope="row"
              className={`govuk-table__header${judgment.level === 'component' ? ' bl-judgments__component' : ''}`}
            >
              {judgment.name}
            </th>
            {forces.map((force) => (
              <GradeCell key={force.force} grade={judgment.grades.find((g) => g.force === force.force)} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const SOURCE_WORDS: Readonly<Record<GradeSource, string>> = {
  'this-report': 'This report',
  'own-report': 'Its own report in the same programme',
  'report-figure': "This report's comparison figure (pillar grades only)",
  none: "Not known: its own report is not loaded and this report's figure gives none",
};

/** Where each force's grades come from, and what "carried forward" means. */
export function GradeSources({ comparison, forces }: { comparison: GradeComparison; forces: ComparedForce[] }) {
  const group = forces.filter((force) => !force.subject);
  const unknown = group.length > 0 && group.every((force) => force.source === 'none');
  const carried = forces.filter((force) => force.carriedForward);
  return (
    <>
      <p className="govuk-body" id="grade-sources-note">
        Grades for forces in the most similar group come from their own reports when loaded, otherwise from this
        report&apos;s comparison figure
        {unknown ? '; the figure for this report did not survive, so they are not known.' : '.'}
      </p>
      {carried.length === 0 ? null : (
        <p className="govuk-body">
          {carried.map((force) => `${force.name} (carried forward)`).join(', ')} {carried.length === 1 ? 'was' : 'were'}{' '}
          not inspected again in {comparison.inspection.programmeYear}: the grades shown are from the previous
          inspection.
        </p>
      )}
      <h2 className="govuk-heading-s">Where each force&apos;s grades come from</h2>
      <dl className="govuk-summary-list govuk-summary-list--no-border" id="grade-sources">
        {forces.map((force) => (
          <SummaryRow key={force.force} label={force.name}>
            {force.source === 'own-report' && force.inspectionKey !== null ? (
              <Link className="govuk-link" to={`/inspections/${force.inspectionKey}`}>
                {SOURCE_WORDS[force.source]}
              </Link>
            ) : (
              SOURCE_WORDS[force.source]
            )}
          </SummaryRow>
        ))}
      </dl>
    </>
  );
}
