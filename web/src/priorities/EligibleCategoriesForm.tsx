import { useState } from 'react';
import { TextArea, type FormProblem } from '../shared/formParts.js';
import {
  EditSection,
  isProblem,
  messageFor,
  usePrioritySend,
  useProblems,
  type CategoryChoices,
} from './priorityEditing.js';

const FORM = 'eligible';
const FIRST = `${FORM}-categories`;

interface Props {
  choices: CategoryChoices['categories'];
  csrfToken: string;
  announce: (text: string) => void;
  onProblems: (count: number) => void;
}

interface BoxesProps {
  choices: Props['choices'];
  chosen: ReadonlySet<string>;
  error: string | undefined;
  onChange: (chosen: ReadonlySet<string>) => void;
}

/** A checkbox for every crime category, in the taxonomy's order; the first carries the group's id. */
function CategoryBoxes({ choices, chosen, error, onChange }: BoxesProps) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <fieldset className="govuk-fieldset" aria-describedby={`${FIRST}-hint${error ? ` ${FIRST}-error` : ''}`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Crime categories</legend>
        <div className="govuk-hint" id={`${FIRST}-hint`}>
          The list applies to every year from now on. Sets already recorded keep the crimes they chose, even if a crime
          is taken off this list.
        </div>
        {error === undefined ? null : (
          <p className="govuk-error-message" id={`${FIRST}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small bl-priority-columns" data-module="govuk-checkboxes">
          {choices.map((choice, index) => {
            const id = index === 0 ? FIRST : `${FIRST}-${choice.code}`;
            return (
              <div className="govuk-checkboxes__item" key={choice.code}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name="categories"
                  type="checkbox"
                  value={choice.code}
                  checked={chosen.has(choice.code)}
                  onChange={(event) => {
                    const next = new Set(chosen);
                    if (event.target.checked) next.add(choice.code);
                    else next.delete(choice.code);
                    onChange(next);
                  }}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {choice.name}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** The crime categories boroughs may choose as local priorities, with the reason for a change. */
export function EligibleCategoriesForm({ choices, csrfToken, announce, onProblems }: Props) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(choices.filter((c) => c.eligible).map((c) => c.code)),
  );
  const [reason, setReason] = useState('');
  const { problems, show } = useProblems(onProblems);
  const { send, busy } = usePrioritySend(csrfToken, (field) => (field === 'reason' ? `${FORM}-reason` : FIRST));
  const submit = async () => {
    const found: FormProblem[] = [];
    if (chosen.size === 0) found.push({ message: 'Choose at least one crime boroughs may choose', target: FIRST });
    if (reason.length > 1000) {
      found.push({ message: 'The reason must be 1000 characters or fewer', target: `${FORM}-reason` });
    }
    show(found);
    if (found.length > 0) return;
    const categories = choices.filter((c) => chosen.has(c.code)).map((c) => c.code);
    const body = { categories, ...(reason.trim() === '' ? {} : { reason: reason.trim() }) };
    const result = await send('PUT', '/api/priorities/eligible-categories', body);
    if (isProblem(result)) show([result]);
    else {
      setReason('');
      announce(`Boroughs may now choose from ${categories.length} crimes.`);
    }
  };
  return (
    <EditSection
      formId={FORM}
      heading="Crimes boroughs may choose"
      problems={problems}
      busy={busy}
      submit="Save the crimes boroughs may choose"
      onSubmit={submit}
    >
      <CategoryBoxes choices={choices} chosen={chosen} error={messageFor(problems, FIRST)} onChange={setChosen} />
      <TextArea
        id={`${FORM}-reason`}
        label="Reason for the change (optional)"
        hint="Kept in the history of changes"
        value={reason}
        error={messageFor(problems, `${FORM}-reason`)}
        onChange={setReason}
      />
    </EditSection>
  );
}
