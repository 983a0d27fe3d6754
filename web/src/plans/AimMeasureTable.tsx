import { Link } from 'react-router';
import type { AimFigure, AimMeasure, MeasuredNode } from './aimQueries.js';
import { TONE_TAG } from '../measures/index.js';
import { formatCount, formatDate, formatTenths } from '../shared/format.js';
import { Table } from '../shared/govuk.js';

function formatValue(value: number, unit: AimMeasure['unit']): string {
  const number = Number.isInteger(value) ? formatCount(value) : formatTenths(value);
  return unit === 'percentage' ? `${number}%` : number;
}

function SyntheticTag() {
  return <strong className="govuk-tag govuk-tag--yellow bl-synthetic-tag">Synthetic</strong>;
}

/** Who a figure covers, when it is not the whole of London: a borough, a group, or both. */
function coverage(figure: AimFigure): string | null {
  const parts = [figure.areaName === 'London' ? null : figure.areaName, figure.breakdown].filter((p) => p !== null);
  return parts.length === 0 ? null : parts.join(', ');
}

function Figures({ measure }: { measure: AimMeasure }) {
  const figures = measure.latest?.figures ?? [];
  return (
    <ul className="govuk-list bl-aim-figures">
      {figures.map((figure, index) => (
        <li key={index}>
          <span className="bl-aim-figures__value">{formatValue(figure.value, measure.unit)}</span>
          {coverage(figure) === null ? null : <span className="govuk-body-s"> {coverage(figure)}</span>}
          {figure.synthetic ? (
            <>
              {' '}
              <SyntheticTag />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Each document once, with the date its figures stood and, where several gave figures, which ones each gave. */
function Sources({ measure }: { measure: AimMeasure }) {
  const figures = measure.latest?.figures ?? [];
  const bySource = new Map<string, AimFigure[]>();
  for (const figure of figures) {
    const key = `${figure.source}|${figure.asAt ?? ''}`;
    bySource.set(key, [...(bySource.get(key) ?? []), figure]);
  }
  const several = bySource.size > 1;
  return (
    <ul className="govuk-list govuk-body-s">
      {[...bySource.entries()].map(([key, given]) => {
        const first = given[0];
        if (first === undefined) return null;
        const which = given.map((f) => [formatValue(f.value, measure.unit), coverage(f)].filter(Boolean).join(' '));
        return (
          <li key={key}>
            {first.source}
            {first.asAt === null ? ', no as-at date given' : `, as at ${formatDate(first.asAt)}`}
            {several ? `: ${which.join('; ')}` : null}
          </li>
        );
      })}
    </ul>
  );
}

function Change({ measure }: { measure: AimMeasure }) {
  const change = measure.change;
  if (change === null) {
    return (
      <span className="govuk-body-s bl-aim-no-change">Not compared: no figure a year earlier from the same source</span>
    );
  }
  const { judgement } = change;
  return (
    <>
      {judgement.verdictLabel === null ? null : (
        <strong className={`govuk-tag ${TONE_TAG[judgement.tone]} bl-verdict-tag`}>{judgement.verdictLabel}</strong>
      )}
      {change.synthetic ? (
        <>
          {' '}
          <SyntheticTag />
        </>
      ) : null}
      <p className="govuk-body-s bl-aim-change">
        {judgement.sentence} Against {change.previousLabel}, from {change.source}.
      </p>
    </>
  );
}

function MeasureRow({ measure }: { measure: AimMeasure }) {
  const head = (
    <th scope="row" className="govuk-table__header">
      <Link className="govuk-link" to={`/measures/${measure.code}`}>
        {measure.name}
      </Link>
    </th>
  );
  if (measure.latest === null) {
    return (
      <tr className="govuk-table__row" data-measure={measure.code}>
        {head}
        <td className="govuk-table__cell bl-aim-no-figures" colSpan={4}>
          No figures yet — expected from {measure.expectedSource}
        </td>
      </tr>
    );
  }
  return (
    <tr className="govuk-table__row" data-measure={measure.code}>
      {head}
      <td className="govuk-table__cell">
        <Figures measure={measure} />
      </td>
      <td className="govuk-table__cell">{measure.latest.label}</td>
      <td className="govuk-table__cell">
        <Sources measure={measure} />
      </td>
      <td className="govuk-table__cell">
        <Change measure={measure} />
      </td>
    </tr>
  );
}

/** One aim (or other part of the plan) and the latest figures of each measure linked to it. */
export function AimMeasureTable({ node }: { node: MeasuredNode }) {
  return (
    <section className="bl-aim" id={`aim-${node.ref}`} data-aim={node.ref}>
      <h3 className="govuk-heading-s">{node.title}</h3>
      {node.text === null ? null : <p className="govuk-body">{node.text}</p>}
      {node.measures.length === 0 ? (
        <p className="govuk-body bl-aim-no-figures">No measure is linked to this aim yet.</p>
      ) : (
        <Table
          caption={<span className="govuk-visually-hidden">Measures of {node.title}</span>}
          captionSize="s"
          columns={['Measure', 'Latest figure', 'Period', 'Source', 'Change on a year earlier']}
        >
          {node.measures.map((measure) => (
            <MeasureRow key={measure.code} measure={measure} />
          ))}
        </Table>
      )}
    </section>
  );
}
