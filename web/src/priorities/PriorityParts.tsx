import type { SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import type { StandingPriority, TestedChange } from './priorityTypes.js';
import { formatPercentChange } from './priorityText.js';
import { formatCount } from '../shared/format.js';
import { FilterSelect, FilterSubmit, formText } from '../shared/FilterSelect.js';
import { TONE_TAG, type Tone } from '../measures/index.js';
import { NumberCell, WarningText } from '../shared/govuk.js';

/** A verdict always carries its words; the colour only repeats them. */
export function VerdictTag({ label, tone }: { label: string; tone: Tone }) {
  return <strong className={`govuk-tag ${TONE_TAG[tone]} bl-verdict-tag bl-priority-tag`}>{label}</strong>;
}

/** A priority's category with its qualifier beneath, as the business plan writes them. */
/**
 * A period's count in a row whose verdict is "No figures for …": its nought is only the sum of
 * nothing, so it reads as no figure.
 */
function CountCell({ count, verdictLabel }: { count: number; verdictLabel: string }) {
  if (count !== 0 || !verdictLabel.startsWith('No figures for ')) return <NumberCell>{formatCount(count)}</NumberCell>;
  return (
    <NumberCell>
      <span aria-hidden="true">–</span>
      <span className="govuk-visually-hidden">no figures</span>
    </NumberCell>
  );
}

/** A change's cells in a table row: the two periods' counts, the change in per cent and its verdict. */
export function ChangeCells({ change }: { change: TestedChange }) {
  return (
    <>
      <CountCell count={change.previous} verdictLabel={change.verdictLabel} />
      <CountCell count={change.current} verdictLabel={change.verdictLabel} />
      <td className="govuk-table__cell govuk-table__cell--numeric bl-nowrap">
        {formatPercentChange(change.changePercent)}
      </td>
      <td className="govuk-table__cell">
        <VerdictTag label={change.verdictLabel} tone={change.tone} />
      </td>
    </>
  );
}

export function PriorityName({ name, qualifier }: { name: string; qualifier: string | null }) {
  return (
    <>
      {name}
      {qualifier === null ? null : <span className="bl-cell-note">{qualifier}</span>}
    </>
  );
}

export function SyntheticCountsWarning() {
  return (
    <WarningText>
      These crime counts are synthetic demo data, made up to show how the service works. Do not quote them.
    </WarningText>
  );
}

/** The standing priorities every borough has without choosing them. */
export function StandingPriorityList({ standing }: { standing: readonly StandingPriority[] }) {
  const everywhere = standing.filter((s) => s.kind === 'everywhere');
  const highHarm = standing.filter((s) => s.kind === 'high-harm');
  return (
    <>
      <p className="govuk-body">
        Beside the crimes each borough chooses, these apply in every borough every year:{' '}
        {everywhere.map((s) => s.name.toLowerCase()).join(', ') || 'none recorded'}, and the mandatory high-harm crimes:
      </p>
      <ul className="govuk-list govuk-list--bullet" data-testid="high-harm">
        {highHarm.map((s) => (
          <li key={s.code}>
            {s.name}
            {s.polarity === 'increase-in-reporting-wanted' ? (
              <span className="bl-secondary-text"> — more victims coming forward is wanted</span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One choice and a button; applying it moves to another page, so the choice lives in the URL. */
export function PickerForm({
  id,
  label,
  value,
  options,
  pathFor,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  pathFor: (value: string) => string;
}) {
  const navigate = useNavigate();
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(pathFor(formText(new FormData(event.currentTarget), id)));
  };
  return (
    <form
      className="bl-filters bl-measure-form bl-priority-picker"
      onSubmit={submit}
      aria-label={`Choose a ${label.toLowerCase()}`}
      key={value}
    >
      <div className="bl-filters__row">
        <FilterSelect id={id} label={label} value={value} options={options} wide />
        <FilterSubmit label="Show" />
      </div>
    </form>
  );
}
