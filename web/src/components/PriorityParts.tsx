import type { SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Tone } from '../api/measureTypes.js';
import type { StandingPriority } from '../api/priorityTypes.js';
import { FilterSelect, FilterSubmit, formText } from './FilterSelect.js';
import { TONE_TAG } from './measureText.js';
import { WarningText } from './govuk.js';

/** A verdict always carries its words; the colour only repeats them. */
export function VerdictTag({ label, tone }: { label: string; tone: Tone }) {
  return <strong className={`govuk-tag ${TONE_TAG[tone]} bl-verdict-tag bl-priority-tag`}>{label}</strong>;
}

/** A priority's category with its qualifier beneath, as the business plan writes them. */
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
