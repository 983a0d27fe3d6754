import { Link } from 'react-router';
import { HeadedRow, Table } from '../shared/govuk.js';
import type { RiskRegister, RiskSummary } from './riskTypes.js';

const LIKELIHOOD = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];

/** A score as text with its band's symbol, so the rating never rests on colour. */
export function ScoreText({ score }: { score: RiskSummary['residual'] }) {
  return (
    <>
      <span aria-hidden="true">{score.symbol} </span>
      <strong>{score.score}</strong> {score.ratingLabel}
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
        L{score.likelihood} × I{score.impact}
      </span>
    </>
  );
}

export function RegisterTable({ risks }: { risks: RiskRegister['risks'] }) {
  return (
    <Table
      caption="The register, highest residual score first"
      columns={['Ref', 'Risk', 'Owner', 'Inherent', 'Residual', 'Treatment', 'Boards', 'Last review']}
      id="risk-register"
    >
      {risks.map((risk) => (
        <HeadedRow
          key={risk.ref}
          head={
            <Link className="govuk-link" to={`/risks/${risk.ref}`}>
              {risk.ref}
            </Link>
          }
        >
          <td className="govuk-table__cell">{risk.title}</td>
          <td className="govuk-table__cell">{risk.owner}</td>
          <td className="govuk-table__cell">
            <ScoreText score={risk.inherent} />
          </td>
          <td className="govuk-table__cell">
            <ScoreText score={risk.residual} />
          </td>
          <td className="govuk-table__cell">{risk.treatment}</td>
          <td className="govuk-table__cell">{risk.boards.join(', ')}</td>
          <td className="govuk-table__cell">{risk.lastReviewedOn ?? 'Not reviewed yet'}</td>
        </HeadedRow>
      ))}
    </Table>
  );
}

/** Everything the heat map shows, for people who do not use the picture. */
export function HeatMapTable({ heatMap }: { heatMap: RiskRegister['heatMap'] }) {
  return (
    <Table
      caption="The heat map as a table: risks by residual likelihood (rows) and impact (columns)"
      captionSize="s"
      columns={[
        'Likelihood',
        'Impact 1 Negligible',
        'Impact 2 Minor',
        'Impact 3 Moderate',
        'Impact 4 Major',
        'Impact 5 Severe',
      ]}
      id="heat-map-table"
    >
      {heatMap.rows.map((row) => {
        const likelihood = row[0]?.likelihood ?? 0;
        return (
          <HeadedRow key={likelihood} head={`${likelihood} ${LIKELIHOOD[likelihood - 1] ?? ''}`}>
            {row.map((cell) => (
              <td className="govuk-table__cell" key={cell.impact}>
                {cell.count === 0 ? '0' : `${cell.count}: ${cell.refs.join(', ')}`}
              </td>
            ))}
          </HeadedRow>
        );
      })}
    </Table>
  );
}
