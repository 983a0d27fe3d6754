import type { InspectionDetail, Judgment } from './inspectionTypes.js';
import { TableHead } from '../shared/govuk.js';
import { GradeTag } from './InspectionTags.js';

/** What else the report (or an earlier one) calls it, so readers can match it up with other papers. */
function Aliases({ judgment }: { judgment: Judgment }) {
  if (judgment.aliases.length === 0) return null;
  return <span className="bl-cell-note">Also called {judgment.aliases.join('; ')}</span>;
}

function Carried({ judgment }: { judgment: Judgment }) {
  if (!judgment.carriedForward) return null;
  return <span className="bl-cell-note">Carried over from the last inspection</span>;
}

/** The judgment table as the report lays it out: each pillar, then the components graded under it. */
export function JudgmentTable({ inspection }: { inspection: InspectionDetail }) {
  return (
    <table className="govuk-table bl-judgments" id="judgments">
      <caption className="govuk-table__caption govuk-table__caption--m">Grades</caption>
      <TableHead columns={['Pillar and component', 'Grade']} />
      {inspection.pillars.map((pillar) => (
        <tbody className="govuk-table__body" key={pillar.key}>
          <tr className="govuk-table__row bl-judgments__pillar" data-testid="pillar-row">
            <th scope="row" className="govuk-table__header">
              {pillar.name}
              {pillar.question ? <span className="bl-cell-note">{pillar.question}</span> : null}
              <Aliases judgment={pillar} />
              <Carried judgment={pillar} />
            </th>
            <td className="govuk-table__cell">
              <GradeTag judgment={pillar} />
            </td>
          </tr>
          {pillar.components.map((component) => (
            <tr className="govuk-table__row" data-testid="component-row" key={component.key}>
              <th scope="row" className="govuk-table__header bl-judgments__component">
                {component.name}
                <Aliases judgment={component} />
                <Carried judgment={component} />
              </th>
              <td className="govuk-table__cell">
                <GradeTag judgment={component} />
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
