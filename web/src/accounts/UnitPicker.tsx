import { useOrganisation } from '../shared/queries.js';

interface UnitPickerProps {
  id: string;
  value: readonly string[];
  onChange: (scope: string[]) => void;
  error: string | undefined;
}

function Checkbox(props: { id: string; code: string; label: string; checked: boolean; onToggle: () => void }) {
  return (
    <div className="govuk-checkboxes__item">
      <input
        className="govuk-checkboxes__input"
        id={props.id}
        name="scope"
        type="checkbox"
        value={props.code}
        checked={props.checked}
        onChange={props.onToggle}
      />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={props.id}>
        {props.label}
      </label>
    </div>
  );
}

/**
 * The units an owner updates for, from the organisation as it stands today, grouped under their
 * business groups; choosing a group covers every unit in it. The first box carries the picker's id,
 * so that an error summary can take the reader to it.
 */
export function UnitPicker({ id, value, onChange, error }: UnitPickerProps) {
  const organisation = useOrganisation(undefined);
  const toggle = (code: string) => {
    onChange(value.includes(code) ? value.filter((c) => c !== code) : [...value, code]);
  };
  const groups = organisation.data?.businessGroups ?? [];
  const firstCode = groups[0]?.code;
  const boxId = (code: string) => (code === firstCode ? id : `${id}-${code}`);
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" aria-describedby={`${id}-hint${error === undefined ? '' : ` ${id}-error`}`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Units they update for</legend>
        <div className="govuk-hint" id={`${id}-hint`}>
          Choose at least one. Choosing a business group covers every unit in it.
        </div>
        {error === undefined ? null : (
          <p className="govuk-error-message" id={`${id}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        {organisation.isPending ? <p className="govuk-body">Loading the units…</p> : null}
        {organisation.isError ? <p className="govuk-body">The units could not be loaded: reload the page.</p> : null}
        <div style={{ columnWidth: '20em', columnGap: '30px' }}>
          {groups.map((group) => (
            <div
              className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4"
              style={{ breakInside: 'avoid' }}
              key={group.code}
            >
              <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">{group.name}</p>
              <Checkbox
                id={boxId(group.code)}
                code={group.code}
                label={`All of ${group.name} (${group.code})`}
                checked={value.includes(group.code)}
                onToggle={() => {
                  toggle(group.code);
                }}
              />
              {group.units.map((unit) => (
                <Checkbox
                  key={unit.code}
                  id={boxId(unit.code)}
                  code={unit.code}
                  label={`${unit.name} (${unit.code})`}
                  checked={value.includes(unit.code)}
                  onToggle={() => {
                    toggle(unit.code);
                  }}
                />
              ))}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
