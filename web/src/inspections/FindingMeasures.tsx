import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { BodyOf } from '../shared/apiTypes.js';
import { getJson } from '../shared/client.js';
import { formatDate } from '../shared/format.js';
import { Table } from '../shared/govuk.js';
import { ErrorSummary, FormSection, Select } from '../shared/formParts.js';
import { firstMissing, useFormProblem } from '../shared/useChange.js';
import type { MeasureList } from '../measures/index.js';
import { FigureMoveTag, figureValue, type FigureView, type LinkedMeasure } from './FigureMoveTag.js';
import type { FindingPageData } from './findingResponseTypes.js';
import { findingPath } from './findingResponseQueries.js';
import { useFindingChange } from './useFindingChange.js';

function Figure({ figure, unit }: { figure: FigureView; unit: string | null }) {
  return (
    <>
      <span className="bl-block">
        <strong>{figureValue(figure, unit)}</strong> in {figure.periodLabel}
      </span>
      {figure.synthetic ? <strong className="govuk-tag govuk-tag--purple bl-tag--small">Synthetic</strong> : null}
    </>
  );
}

function Row({ measure, action }: { measure: LinkedMeasure; action?: ReactNode }) {
  const { latest } = measure;
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {measure.name === null ? (
          measure.code
        ) : (
          <Link className="govuk-link" to={`/measures/${encodeURIComponent(measure.code)}`}>
            {measure.name}
          </Link>
        )}
      </th>
      <td className="govuk-table__cell">
        {latest === null ? (
          <span className="bl-secondary">No figures yet</span>
        ) : (
          <Figure figure={latest} unit={measure.unit} />
        )}
      </td>
      <td className="govuk-table__cell">
        {latest === null ? (
          <span className="bl-cell-note">Figures will come from {measure.source ?? 'a source not yet named'}</span>
        ) : (
          <>
            <span className="bl-block">{latest.source}</span>
            <span className="bl-cell-note">
              {latest.asAt === null ? 'No as-at date' : `As at ${formatDate(latest.asAt)}`}
            </span>
          </>
        )}
      </td>
      <td className="govuk-table__cell">
        <FigureMoveTag move={measure.move} label={measure.moveLabel} />
        <span className="bl-cell-note">{measure.sentence}</span>
      </td>
      {action === undefined ? null : <td className="govuk-table__cell">{action}</td>}
    </tr>
  );
}

interface Props {
  data: FindingPageData;
  /** The performance team's token, when the reader may change the links. */
  csrfToken: string | null;
  announce: (text: string) => void;
}

/** The measures that show whether the finding's problem is fixed, and whether they moved since the report. */
export function FindingMeasures({ data, csrfToken, announce }: Props) {
  const change = useFindingChange(csrfToken ?? '', announce);
  const caption = 'Figures that show whether it is fixed';
  const published = formatDate(data.inspection.publishedOn);
  if (data.measures.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">No measure is named for this finding yet.</p>
      </>
    );
  }
  const unlink = (measure: LinkedMeasure) => (
    <button
      type="button"
      className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
      disabled={change.busy}
      onClick={() => {
        const path = `${findingPath(data.inspection.key, data.finding.ref)}/measures/${encodeURIComponent(measure.code)}`;
        void change.send(
          'DELETE',
          path,
          undefined,
          `${data.finding.ref} no longer names ${measure.name ?? measure.code}.`,
        );
      }}
    >
      Remove<span className="govuk-visually-hidden"> {measure.name ?? measure.code}</span>
    </button>
  );
  const columns = ['Measure', 'Latest figure', 'Source', `Since the report (${published})`];
  return (
    <>
      {change.failure === null ? null : (
        <ErrorSummary problem={{ message: change.failure.message, target: 'finding-measures' }} />
      )}
      <Table
        id="finding-measures"
        caption={caption}
        columns={csrfToken === null ? columns : [...columns, 'Change']}
        className="bl-linked bl-finding-measures"
      >
        {data.measures.map((measure) => (
          <Row key={measure.code} measure={measure} {...(csrfToken === null ? {} : { action: unlink(measure) })} />
        ))}
      </Table>
      <p className="govuk-body-s bl-secondary">
        Each figure is compared with the last one standing when the report was published, using the measure’s own rules
        for what counts as better. Without figures on both sides there is no comparison, and none is implied.
      </p>
    </>
  );
}

/** Name a measure that shows whether the finding's problem is fixed. */
export function LinkMeasureForm({ data, csrfToken, announce }: Props & { csrfToken: string }) {
  const measures = useQuery({ queryKey: ['measures'], queryFn: () => getJson<MeasureList>('/api/measures') });
  const named = new Set(data.measures.map((m) => m.code));
  const [measure, setMeasure] = useState('');
  const change = useFindingChange(csrfToken, announce);
  const { problem, setMissing, errorFor } = useFormProblem('link-measure', ['link-measure-code'], change.failure, {
    measure: 'code',
  });
  const submit = async () => {
    const missing = firstMissing([['link-measure-code', measure, 'Choose the measure that shows whether it is fixed']]);
    setMissing(missing);
    if (missing !== null) return;
    const body: BodyOf<'linkFindingMeasure'> = { measure };
    const path = `${findingPath(data.inspection.key, data.finding.ref)}/measures`;
    if (await change.send('POST', path, body, `${data.finding.ref} now names the measure ${measure}.`)) setMeasure('');
  };
  return (
    <FormSection
      formId="link-measure"
      heading="Name a measure"
      intro="A figure that shows whether the problem is fixed, such as the vetting backlog; readiness then says whether it moved since the report."
      problem={problem}
      busy={change.busy}
      submit="Name the measure"
      onSubmit={() => void submit()}
    >
      <Select
        id="link-measure-code"
        label="Measure"
        value={measure}
        error={errorFor('link-measure-code')}
        onChange={setMeasure}
      >
        <option value="">Choose a measure</option>
        {(measures.data?.measures ?? [])
          .filter((m) => !named.has(m.code))
          .map((m) => (
            <option value={m.code} key={m.code}>
              {m.name}
            </option>
          ))}
      </Select>
    </FormSection>
  );
}
